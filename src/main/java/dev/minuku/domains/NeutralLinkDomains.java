package dev.minuku.domains;

import java.util.Locale;
import java.util.Set;

/**
 * Social networks and app stores that genuine brand mails link to from their
 * footers (data: {@code minuku/neutral-link-domains.txt}): no brand's official
 * domain, yet no place to collect the brand's passwords either.
 */
public final class NeutralLinkDomains {

    public static final String RESOURCE = "minuku/neutral-link-domains.txt";
    private static final Set<String> DOMAINS = Set.copyOf(DataFile.firstFields(RESOURCE));

    private NeutralLinkDomains() {
    }

    /** True when the host is a listed domain or below one. */
    public static boolean isNeutral(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (int guard = 0; guard < 16; guard++) {
            if (DOMAINS.contains(h)) {
                return true;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return false;
            }
            h = h.substring(dot + 1);
        }
        return false;
    }
}
