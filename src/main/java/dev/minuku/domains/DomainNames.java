package dev.minuku.domains;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.IDNA;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Host names as the Public Suffix List and UTS #46 see them. All methods are
 * total: odd input gives an empty answer, never an exception.
 *
 * <p>Conversion follows what browsers do (WHATWG URL "domain to ASCII"): UTS #46
 * mapping, so full-width letters and the ideographic full stops 。．｡ become
 * ASCII; hyphen placement and DNS length limits are not enforced (browsers open
 * {@code ab--cd.example} and so must we, e.g. Google Translate proxy hosts);
 * characters no host may contain ({@code / \ @ : %} space ...) make it invalid.
 */
public final class DomainNames {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);
    /** UTS #46 errors that browsers ignore (CheckHyphens=false, VerifyDnsLength=false). */
    private static final Set<IDNA.Error> TOLERATED = EnumSet.of(
            IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4,
            IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);
    /** WHATWG forbidden domain code points (besides controls and non-ASCII left after mapping). */
    private static final String FORBIDDEN = " #%/:<>?@[\\]^|\"'`{}";
    /** Longest host we try to read; longer input is not a host anyone can visit. */
    private static final int MAX_HOST_CHARS = 1024;

    private DomainNames() {
    }

    /** UTS #46 to ASCII (punycode), lower case, without trailing dots; empty if not a valid host name. */
    public static Optional<String> toAscii(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.strip();
        if (h.isEmpty() || h.length() > MAX_HOST_CHARS) {
            return Optional.empty();
        }
        String mapped;
        if (isPlainAsciiName(h)) {
            mapped = h.toLowerCase(Locale.ROOT); // what UTS #46 would give, without its cost
        } else {
            StringBuilder out = new StringBuilder(h.length() + 8);
            IDNA.Info info = new IDNA.Info();
            try {
                UTS46.nameToASCII(h, out, info);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (!TOLERATED.containsAll(info.getErrors()) || out.length() == 0) {
                return Optional.empty();
            }
            mapped = out.toString().toLowerCase(Locale.ROOT);
        }
        String ascii = stripTrailingDots(mapped);
        if (ascii.isEmpty() || ascii.startsWith(".")) {
            return Optional.empty();
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= 0x20 || c >= 0x7f || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /** Letters, digits, '-', '_' and '.' only, and no punycode label to verify: UTS #46 maps it to its lower case. */
    private static boolean isPlainAsciiName(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_';
            if (!ok) {
                return false;
            }
            if ((c == 'x' || c == 'X') && (i == 0 || h.charAt(i - 1) == '.') && h.regionMatches(true, i, "xn--", 0, 4)) {
                return false;
            }
        }
        return true;
    }

    /** The host as a person reads it; the input itself if it cannot be converted. */
    public static String toUnicode(String asciiHost) {
        if (asciiHost == null || asciiHost.indexOf("xn--") < 0) {
            return asciiHost;
        }
        StringBuilder out = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        try {
            UTS46.nameToUnicode(asciiHost, out, info);
        } catch (RuntimeException e) {
            return asciiHost;
        }
        return TOLERATED.containsAll(info.getErrors()) ? out.toString() : asciiHost;
    }

    /**
     * Registrable domain (public suffix + one label) by the Public Suffix List,
     * e.g. {@code mail.example.co.jp → example.co.jp}. Private suffixes count
     * ({@code x.github.io}, {@code y.translate.goog}): each site there has its own
     * owner. For an IP address, a single label or a host under no known suffix,
     * the host itself.
     */
    public static String registrableDomain(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty()) {
            return asciiHost;
        }
        if (IpHosts.isIpLiteral(asciiHost)) {
            return IpHosts.canonical(asciiHost).orElse(asciiHost);
        }
        String registrable = facts(asciiHost).registrable();
        return registrable == null ? asciiHost : registrable;
    }

    /** The public suffix of the host (e.g. {@code co.jp}), or the last label when none is known. */
    public static String publicSuffix(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty()) {
            return "";
        }
        String suffix = facts(asciiHost).suffix();
        return suffix == null ? tld(asciiHost) : suffix;
    }

    /**
     * The label a person reads as the site's name: the registrable domain without
     * its public suffix ({@code www.amazon.co.jp → amazon}). Empty for IP
     * addresses and for hosts that are a public suffix or a single label.
     */
    public static String registrableLabel(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty() || IpHosts.isIpLiteral(asciiHost)) {
            return "";
        }
        String registrable = registrableDomain(asciiHost);
        String suffix = publicSuffix(asciiHost);
        if (registrable.length() <= suffix.length() + 1 || !registrable.endsWith("." + suffix)) {
            return "";
        }
        return registrable.substring(0, registrable.length() - suffix.length() - 1);
    }

    /**
     * Like {@link #registrableLabel} but by ICANN suffixes only, ignoring the
     * private ones: {@code google.blogspot.com → blogspot}, {@code maps.google.co.jp → google}.
     * What a company really registered, not a free site on a platform.
     */
    public static String registryLabel(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty() || IpHosts.isIpLiteral(asciiHost)) {
            return "";
        }
        return facts(asciiHost).registryLabel();
    }

    /**
     * A host split once (one Public Suffix List lookup) into what the rules compare:
     * {@code login.amazon.co.jp.example.top → registrable example.top, suffix top,
     * label example, subdomain login.amazon.co.jp}.
     *
     * @param host        the ASCII host as given
     * @param registrable registrable domain, or the host when it has none
     * @param suffix      public suffix, or the last label when none is known
     * @param label       registrable domain without its suffix, or "" (IP, bare suffix, single label)
     * @param subdomain   what precedes the registrable domain, or ""
     */
    public record HostParts(String host, String registrable, String suffix, String label, String subdomain) {
    }

    /** Splits an ASCII host; for IP addresses and unreadable input every part but the host is "". */
    public static HostParts split(String asciiHost) {
        String h = asciiHost == null ? "" : stripTrailingDots(asciiHost);
        if (h.isEmpty() || IpHosts.isIpLiteral(h)) {
            return new HostParts(h, h, "", "", "");
        }
        Facts facts = facts(h);
        String suffix = facts.suffix();
        if (suffix == null) {
            return new HostParts(h, h, tld(h), "", "");
        }
        String registrable = facts.registrable();
        if (registrable == null) {
            return new HostParts(h, h, suffix, "", "");
        }
        String label = registrable.substring(0, registrable.length() - suffix.length() - 1);
        String sub = h.length() > registrable.length() + 1 ? h.substring(0, h.length() - registrable.length() - 1) : "";
        return new HostParts(h, registrable, suffix, label, sub);
    }

    /** True when the name is exactly a public suffix ({@code co.jp}, {@code com}, {@code github.io}). */
    public static boolean isPublicSuffix(String asciiName) {
        return asciiName != null && facts(asciiName).publicSuffix();
    }

    /** The last label: {@code example.co.jp → jp}. */
    public static String tld(String asciiHost) {
        if (asciiHost == null) {
            return "";
        }
        String h = stripTrailingDots(asciiHost);
        int dot = h.lastIndexOf('.');
        return dot < 0 ? h : h.substring(dot + 1);
    }

    /**
     * What the Public Suffix List says of one host, worked out once: Guava parses
     * the name again for every ancestor it returns, and a mail names the same
     * few hosts many times (500 links to 10 hosts), as do consecutive mails.
     *
     * @param registrable   registrable domain, or null when the host is not under a public suffix
     * @param suffix        public suffix, or null when none is known
     * @param registryLabel label under the ICANN suffix, or ""
     * @param publicSuffix  the host is itself a public suffix
     */
    private record Facts(String registrable, String suffix, String registryLabel, boolean publicSuffix) {
        static final Facts NONE = new Facts(null, null, "", false);
    }

    /** Bounded, so a flood of distinct hosts costs only the lookups it would cost anyway. */
    private static final Cache<String, Facts> FACTS = Caffeine.newBuilder().maximumSize(10_000).build();

    private static Facts facts(String asciiHost) {
        Facts f = FACTS.getIfPresent(asciiHost);
        if (f == null) {
            f = lookUp(asciiHost);
            FACTS.put(asciiHost, f);
        }
        return f;
    }

    private static Facts lookUp(String asciiHost) {
        InternetDomainName name = parse(asciiHost);
        if (name == null) {
            return Facts.NONE;
        }
        String suffix = name.hasPublicSuffix() ? name.publicSuffix().toString() : null;
        String registrable = null;
        try {
            registrable = name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
        } catch (IllegalStateException e) {
            // stays null: the host is its own registrable domain
        }
        String registryLabel = "";
        try {
            if (name.isUnderRegistrySuffix()) {
                String top = name.topDomainUnderRegistrySuffix().toString();
                String registrySuffix = name.registrySuffix().toString();
                registryLabel = top.substring(0, top.length() - registrySuffix.length() - 1);
            }
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // stays "": no label a registry handed out
        }
        return new Facts(registrable, suffix, registryLabel, name.isPublicSuffix());
    }

    private static InternetDomainName parse(String asciiHost) {
        if (asciiHost == null || asciiHost.isEmpty() || asciiHost.length() > 253) {
            return null;
        }
        try {
            return InternetDomainName.from(asciiHost);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    private static String stripTrailingDots(String h) {
        int end = h.length();
        while (end > 0 && h.charAt(end - 1) == '.') {
            end--;
        }
        return h.substring(0, end);
    }
}
