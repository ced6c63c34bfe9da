package dev.minuku.domains;

import java.util.Set;

/** Registrable domains of free mail services: anyone can get an address there. */
public final class FreemailProviders {

    private static final Set<String> DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.jp", "ymail.com", "outlook.com", "outlook.jp",
            "hotmail.com", "hotmail.co.jp", "live.com", "live.jp", "msn.com", "icloud.com", "me.com", "mac.com",
            "aol.com", "gmx.com", "gmx.net", "mail.com", "proton.me", "protonmail.com", "zoho.com", "yandex.com",
            "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com", "sina.com", "excite.co.jp", "nifty.com");

    private FreemailProviders() {
    }

    public static boolean isFreemail(String registrableDomain) {
        return registrableDomain != null && DOMAINS.contains(registrableDomain);
    }
}
