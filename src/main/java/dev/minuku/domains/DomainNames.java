package dev.minuku.domains;

import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.IDNA;
import java.util.Locale;
import java.util.Optional;

/**
 * Host names as the Public Suffix List and UTS #46 see them. All methods are
 * total: odd input gives an empty answer, never an exception.
 */
public final class DomainNames {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    private DomainNames() {
    }

    /** UTS #46 to ASCII (punycode), lower case, without trailing dot; empty if not a valid host name. */
    public static Optional<String> toAscii(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.strip();
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || h.length() > 253 * 4) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(h, out, info);
        if (info.hasErrors() || out.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(out.toString().toLowerCase(Locale.ROOT));
    }

    /** The host as a person reads it; the input itself if it cannot be converted. */
    public static String toUnicode(String asciiHost) {
        if (asciiHost == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToUnicode(asciiHost, out, info);
        return info.hasErrors() ? asciiHost : out.toString();
    }

    /**
     * Registrable domain (public suffix + one label) by the Public Suffix List,
     * e.g. {@code mail.example.co.jp → example.co.jp}. For an IP address, a
     * single label or a host under no known suffix, the host itself.
     */
    public static String registrableDomain(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty()) {
            return asciiHost;
        }
        if (IpHosts.isIpLiteral(asciiHost)) {
            return asciiHost;
        }
        try {
            InternetDomainName name = InternetDomainName.from(asciiHost);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            return asciiHost;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return asciiHost;
        }
    }

    /** The public suffix of the host (e.g. {@code co.jp}), or the last label when none is known. */
    public static String publicSuffix(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty()) {
            return "";
        }
        try {
            InternetDomainName name = InternetDomainName.from(asciiHost);
            if (name.hasPublicSuffix()) {
                return name.publicSuffix().toString();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // fall through to the last label
        }
        int dot = asciiHost.lastIndexOf('.');
        return dot < 0 ? asciiHost : asciiHost.substring(dot + 1);
    }

    /** The last label: {@code example.co.jp → jp}. */
    public static String tld(String asciiHost) {
        if (asciiHost == null) {
            return "";
        }
        int dot = asciiHost.lastIndexOf('.');
        return dot < 0 ? asciiHost : asciiHost.substring(dot + 1);
    }
}
