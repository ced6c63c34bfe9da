package dev.minuku.domains;

/**
 * A link parsed leniently: scams use odd links on purpose, so parsing never
 * throws; what could not be read is marked {@code malformed} and analyzed as such.
 *
 * @param raw         the href as given
 * @param scheme      lower-case scheme, or "" when none
 * @param host        lower-case ASCII (punycode) host without trailing dot, or null
 * @param unicodeHost the host as a person reads it (IDNA to Unicode), or null
 * @param port        explicit port, or -1
 * @param userInfo    the part before '@' in the authority, or null
 * @param path        path, or ""
 * @param query       raw query without '?', or ""
 * @param malformed   the href could not be read as a URL with a host
 * @param ipHost      the host is an IP address in any notation (dotted, decimal, hex, octal, IPv6)
 */
public record ParsedUrl(
        String raw,
        String scheme,
        String host,
        String unicodeHost,
        int port,
        String userInfo,
        String path,
        String query,
        boolean malformed,
        boolean ipHost) {

    public boolean hasHost() {
        return host != null && !host.isEmpty();
    }

    public boolean isHttp() {
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /**
     * A link a browser opens as a page: http(s) or ftp with a host, or a host
     * written without a scheme ("www.example.com" in text). Not mailto:, tel:,
     * script schemes, or the defanged hxxp: people write to keep a link dead.
     */
    public boolean isWeb() {
        return hasHost() && (isHttp() || "ftp".equals(scheme) || scheme.isEmpty());
    }

    /** Registrable domain of the host (the IP itself for an IP host), or "" without a host. */
    public String registrableDomain() {
        return hasHost() ? DomainNames.registrableDomain(host) : "";
    }
}
