package dev.minuku.domains;

import java.util.Optional;
import java.util.Set;

/**
 * Top-level domains that phishing uses far beyond their share of legitimate
 * sites (data: {@code minuku/abused-tlds.txt}, each with its source). A weak,
 * explained signal, never a verdict: real sites live there too.
 */
public final class AbusedTlds {

    public static final String RESOURCE = "minuku/abused-tlds.txt";
    private static final Set<String> TLDS = Set.copyOf(DataFile.firstFields(RESOURCE));

    private AbusedTlds() {
    }

    /** True for a TLD on the list (without dot, lower case). */
    public static boolean isAbused(String tld) {
        return tld != null && TLDS.contains(tld);
    }

    /** The host's TLD when it is on the list; empty for IP addresses and other TLDs. */
    public static Optional<String> of(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty() || IpHosts.isIpLiteral(asciiHost)) {
            return Optional.empty();
        }
        String tld = DomainNames.tld(asciiHost);
        return TLDS.contains(tld) ? Optional.of(tld) : Optional.empty();
    }

    public static Set<String> all() {
        return TLDS;
    }
}
