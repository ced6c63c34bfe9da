package dev.minuku.domains;

import java.util.Set;

/**
 * Registrable domains of free mail services: anyone can get an address there
 * (data: {@code minuku/freemail.txt}). Mobile carrier mail (docomo.ne.jp,
 * ezweb.ne.jp, ...) is not listed: those domains are also the carriers' own
 * official sending domains.
 */
public final class FreemailProviders {

    public static final String RESOURCE = "minuku/freemail.txt";
    private static final Set<String> DOMAINS = Set.copyOf(DataFile.firstFields(RESOURCE));

    private FreemailProviders() {
    }

    public static boolean isFreemail(String registrableDomain) {
        return registrableDomain != null && DOMAINS.contains(registrableDomain);
    }
}
