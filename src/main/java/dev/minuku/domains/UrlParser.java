package dev.minuku.domains;

import java.util.Locale;
import java.util.Optional;

/**
 * Lenient URL reading. Browsers accept far more than {@link java.net.URI}, and
 * scams rely on that, so this reads the authority by hand: scheme, userinfo,
 * host, port, path, query. Never throws.
 */
public final class UrlParser {

    /** Links longer than this are analyzed on their first this-many characters. */
    public static final int MAX_LENGTH = 8192;

    private UrlParser() {
    }

    public static ParsedUrl parse(String href) {
        String raw = href == null ? "" : href;
        String s = raw.strip();
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        // Browsers drop tabs and newlines inside URLs.
        s = s.replace("\t", "").replace("\n", "").replace("\r", "");
        String scheme = "";
        int colon = s.indexOf(':');
        if (colon > 0 && s.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        }
        String rest;
        if (!scheme.isEmpty()) {
            rest = s.substring(colon + 1);
            if (!rest.startsWith("//") && !rest.startsWith("\\\\")) {
                // mailto:, javascript:, data:, tel: ... carry no host
                return new ParsedUrl(raw, scheme, null, null, -1, null, rest, "", !knownOpaque(scheme), false);
            }
            rest = rest.substring(2);
        } else if (s.startsWith("//")) {
            rest = s.substring(2);
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
        String hostPart = authority;
        int port = -1;
        boolean malformed = false;
        if (hostPart.startsWith("[")) {
            int close = hostPart.indexOf(']');
            if (close < 0) {
                return new ParsedUrl(raw, scheme, null, null, -1, userInfo, tail, "", true, false);
            }
            String after = hostPart.substring(close + 1);
            hostPart = hostPart.substring(0, close + 1);
            if (after.startsWith(":") && after.length() > 1) {
                port = parsePort(after.substring(1));
                malformed = port < 0;
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
        String decodedHost = percentDecode(hostPart);
        boolean ip = IpHosts.isIpLiteral(decodedHost.toLowerCase(Locale.ROOT));
        Optional<String> ascii = ip ? Optional.of(decodedHost.toLowerCase(Locale.ROOT)) : DomainNames.toAscii(decodedHost);
        if (ascii.isEmpty()) {
            return new ParsedUrl(raw, scheme, null, null, port, userInfo, path, query, true, false);
        }
        String host = ascii.get();
        return new ParsedUrl(raw, scheme, host, ip ? host : DomainNames.toUnicode(host), port, userInfo, path, query,
                malformed, ip);
    }

    private static boolean knownOpaque(String scheme) {
        return switch (scheme) {
            case "mailto", "tel", "sms", "javascript", "data", "vbscript", "about", "blob", "file", "cid" -> true;
            default -> false;
        };
    }

    private static boolean looksLikeBareHost(String s) {
        int end = indexOfAny(s, "/?#");
        String head = end < 0 ? s : s.substring(0, end);
        return head.indexOf('.') > 0 && head.indexOf(' ') < 0 && !head.startsWith(".");
    }

    private static int parsePort(String p) {
        if (p.length() > 5 || !p.chars().allMatch(Character::isDigit)) {
            return -1;
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

    /** Decodes %XX escapes (hosts are sometimes percent-encoded to hide them); bad escapes stay as they are. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] out = new byte[s.length() * 4];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() + 0 && i + 2 <= s.length() - 1
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out[n++] = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                System.arraycopy(b, 0, out, n, b.length);
                n += b.length;
            }
        }
        return new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
