package dev.minuku.domains;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Lenient URL reading. Browsers accept far more than {@link java.net.URI}, and
 * scams rely on that, so this reads the authority by hand the way the WHATWG URL
 * standard does: tabs and newlines inside the URL are dropped; for web schemes
 * any run of {@code /} and {@code \} after the colon is skipped
 * ({@code https:/\evil.com}, {@code https:evil.com}); backslashes count as
 * slashes; userinfo ends at the last {@code @}; the host is percent-decoded,
 * mapped by UTS #46 (full-width letters and dots) and read as IPv4 in any
 * notation. Never throws; what cannot be read is marked {@code malformed}.
 */
public final class UrlParser {

    /** Links longer than this are analyzed on their first this-many characters. */
    public static final int MAX_LENGTH = 8192;

    private UrlParser() {
    }

    public static ParsedUrl parse(String href) {
        String raw = href == null ? "" : href;
        String s = clean(raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw);
        int colon = schemeEnd(s);
        String scheme = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String rest;
        if (!scheme.isEmpty() && isWebLike(scheme)) {
            rest = skipSlashes(s, colon + 1);
        } else if (!scheme.isEmpty()) {
            String after = s.substring(colon + 1);
            if (!after.startsWith("//")) {
                // mailto:, javascript:, data:, tel: ... carry no host
                return new ParsedUrl(raw, scheme, null, null, -1, null, after, "", !knownOpaque(scheme), false);
            }
            rest = after.substring(2);
        } else if (s.startsWith("//") || s.startsWith("\\\\")) {
            rest = skipSlashes(s, 0); // scheme-relative
        } else if (looksLikeBareHost(s)) {
            rest = s; // "www.example.com/path" written without a scheme
        } else {
            return new ParsedUrl(raw, "", null, null, -1, null, s, "", true, false);
        }
        rest = rest.replace('\\', '/');
        int end = indexOfAny(rest, "/?#");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String tail = end < 0 ? "" : rest.substring(end);
        String userInfo = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String path = tail;
        String query = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q + 1);
            path = path.substring(0, q);
        }
        String hostPart = authority;
        int port = -1;
        boolean malformed = false;
        if (hostPart.startsWith("[")) {
            int close = hostPart.indexOf(']');
            if (close < 0) {
                return new ParsedUrl(raw, scheme, null, null, -1, userInfo, path, query, true, false);
            }
            String after = hostPart.substring(close + 1);
            hostPart = hostPart.substring(0, close + 1);
            if (after.startsWith(":")) {
                if (after.length() > 1) {
                    port = parsePort(after.substring(1));
                    malformed = port < 0;
                }
            } else if (!after.isEmpty()) {
                malformed = true;
            }
        } else {
            int pc = hostPart.lastIndexOf(':');
            if (pc >= 0) {
                String p = hostPart.substring(pc + 1);
                hostPart = hostPart.substring(0, pc);
                if (!p.isEmpty()) {
                    port = parsePort(p);
                    malformed = port < 0;
                }
            }
        }
        Optional<String> host = readHost(hostPart);
        if (host.isEmpty()) {
            return new ParsedUrl(raw, scheme, null, null, port, userInfo, path, query, true, false);
        }
        String h = host.get();
        Optional<String> ip = IpHosts.canonical(h);
        if (ip.isPresent()) {
            return new ParsedUrl(raw, scheme, ip.get(), ip.get(), port, userInfo, path, query, malformed, true);
        }
        return new ParsedUrl(raw, scheme, h, DomainNames.toUnicode(h), port, userInfo, path, query, malformed, false);
    }

    /** Host text to ASCII: percent-decoded, bracketed IPv6 checked, UTS #46 mapped; empty when no browser would accept it. */
    static Optional<String> readHost(String hostPart) {
        if (hostPart == null || hostPart.isEmpty()) {
            return Optional.empty();
        }
        if (hostPart.startsWith("[")) {
            return IpHosts.canonical(hostPart);
        }
        String decoded = percentDecode(hostPart);
        Optional<String> ascii = DomainNames.toAscii(decoded);
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        String h = ascii.get();
        // A host whose last label is a number is an IPv4 address or nothing (WHATWG).
        if (IpHosts.endsInNumber(h) && IpHosts.parseIpv4(h).isEmpty()) {
            return Optional.empty();
        }
        return ascii;
    }

    /** Web schemes whose slashes browsers skip; hxxp is the "defanged" spelling people write to keep links unclickable. */
    private static boolean isWebLike(String scheme) {
        return switch (scheme) {
            case "http", "https", "ftp", "ws", "wss", "hxxp", "hxxps" -> true;
            default -> false;
        };
    }

    private static boolean knownOpaque(String scheme) {
        return switch (scheme) {
            case "mailto", "tel", "sms", "javascript", "data", "vbscript", "about", "blob", "file", "cid", "line",
                    "callto", "facetime", "skype", "itms-apps", "market", "intent" -> true;
            default -> false;
        };
    }

    /** Drops what browsers drop: leading/trailing controls and spaces, and every tab, CR and LF. */
    private static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= 0x20) {
            end--;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(end - start);
                    out.append(s, start, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : s.substring(start, end);
    }

    /**
     * Index of the colon ending a scheme ({@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")}), or -1.
     * "www.example.com:8080/x" is a host with a port, not a scheme: a dotted
     * "scheme" followed by a digit is read as a bare host.
     */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        boolean dotted = false;
        for (int i = 1; i < s.length() && i < 64; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                if (dotted && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    return -1;
                }
                return i;
            }
            if (c == '.') {
                dotted = true;
            } else if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String skipSlashes(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\')) {
            i++;
        }
        return s.substring(i);
    }

    private static boolean looksLikeBareHost(String s) {
        int end = indexOfAny(s, "/?#\\");
        String head = end < 0 ? s : s.substring(0, end);
        return head.indexOf('.') > 0 && head.indexOf(' ') < 0 && !head.startsWith(".");
    }

    private static int parsePort(String p) {
        if (p.isEmpty() || p.length() > 5) {
            return -1;
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                return -1;
            }
        }
        int v = Integer.parseInt(p);
        return v <= 65535 ? v : -1;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes %XX escapes as UTF-8 (hosts and redirect targets are encoded to hide them); bad escapes stay as they are. */
    public static String percentDecode(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0
                    && s.charAt(i + 1) < 0x80 && s.charAt(i + 2) < 0x80) {
                out[n++] = (byte) ((Character.digit(s.charAt(i + 1), 16) << 4) + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                int cp = Character.codePointAt(s, i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, out, n, b.length);
                n += b.length;
                i += Character.charCount(cp) - 1;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
