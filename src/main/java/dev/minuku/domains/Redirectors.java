package dev.minuku.domains;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Unwraps redirectors that carry their target in the URL, without fetching
 * anything: Google {@code /url?q=} and AMP {@code /amp/s/}, Google Translate
 * proxy hosts ({@code www-amazon-co-jp.translate.goog}), Outlook Safe Links,
 * Facebook {@code l.php?u=}, Proofpoint, Yahoo and Bing click-trackers, and the
 * hosts listed in {@code minuku/redirectors.txt}. Only listed hosts are read: a
 * {@code ?url=} on any other host could be a scam page writing an official
 * target into its own link. Shorteners cannot be unwrapped without fetching;
 * they stay where they are (see {@link Shorteners}).
 */
public final class Redirectors {

    /** Maximum wrappers followed: a link wrapped deeper than this is analyzed where unwrapping stopped. */
    public static final int MAX_DEPTH = 5;
    public static final String RESOURCE = "minuku/redirectors.txt";

    private static final String TRANSLATE_SUFFIX = ".translate.goog";
    private static final List<Entry> ENTRIES = load();

    private Redirectors() {
    }

    /** The chain from the link itself to its final visible target (first element: the link itself). */
    public static List<ParsedUrl> unwrap(ParsedUrl url) {
        List<ParsedUrl> chain = new ArrayList<>(2);
        chain.add(url);
        if (url == null) {
            return chain;
        }
        ParsedUrl current = url;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<ParsedUrl> next = step(current);
            if (next.isEmpty() || next.get().raw().equals(current.raw())) {
                break;
            }
            current = next.get();
            chain.add(current);
        }
        return chain;
    }

    /**
     * True when this host is the reader's own mail security service that rewrites
     * every link (Outlook Safe Links, Proofpoint, Barracuda): passing through it
     * says nothing about the mail.
     */
    public static boolean isTransparent(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equals("urldefense.com") || host.equals("urldefense.proofpoint.com")) {
            return true;
        }
        for (Entry e : ENTRIES) {
            if (e.transparent && e.matchesHost(host)) {
                return true;
            }
        }
        return false;
    }

    /** True when the host is a redirector this class can read (listed or encoded in the host). */
    public static boolean isKnownRedirectorHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.endsWith(TRANSLATE_SUFFIX) || isTransparent(host)) {
            return true;
        }
        for (Entry e : ENTRIES) {
            if (e.matchesHost(host)) {
                return true;
            }
        }
        return false;
    }

    /** One unwrapping step: where this URL says it goes, if it is a redirector we can read. */
    static Optional<ParsedUrl> step(ParsedUrl u) {
        if (u == null || !u.isWeb()) {
            return Optional.empty();
        }
        String host = u.host();
        Optional<String> target;
        if (host.endsWith(TRANSLATE_SUFFIX)) {
            target = translateProxyTarget(u);
        } else if (host.equals("urldefense.com") || host.equals("urldefense.proofpoint.com")) {
            target = proofpointTarget(u);
        } else if (host.equals("r.search.yahoo.com")) {
            target = yahooTarget(u.path());
        } else if (host.equals("www.bing.com") && u.path().equals("/ck/a")) {
            target = bingTarget(u.query());
        } else if ("google".equals(DomainNames.registryLabel(host)) && u.path().startsWith("/amp/")) {
            target = googleAmpTarget(u.path());
        } else {
            target = tableTarget(u);
        }
        return target.map(UrlParser::parse).filter(ParsedUrl::isWeb);
    }

    /**
     * {@code www-amazon-co-jp.translate.goog/path?_x_tr_sl=..} → {@code https://www.amazon.co.jp/path}:
     * Google writes the proxied host's dots as '-' and its '-' as "--".
     */
    private static Optional<String> translateProxyTarget(ParsedUrl u) {
        String encoded = u.host().substring(0, u.host().length() - TRANSLATE_SUFFIX.length());
        int dot = encoded.lastIndexOf('.');
        if (dot >= 0) {
            encoded = encoded.substring(dot + 1);
        }
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder host = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '-') {
                if (i + 1 < encoded.length() && encoded.charAt(i + 1) == '-') {
                    host.append('-');
                    i++;
                } else {
                    host.append('.');
                }
            } else {
                host.append(c);
            }
        }
        StringBuilder query = new StringBuilder();
        for (String pair : u.query().split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("_x_tr_")) {
                query.append(query.length() == 0 ? "?" : "&").append(pair);
            }
        }
        return Optional.of("https://" + host + u.path() + query);
    }

    /** Proofpoint URL Defense v3 ({@code /v3/__URL__;...}) and v2 ({@code /v2/url?u=https-3A__host_path}). */
    private static Optional<String> proofpointTarget(ParsedUrl u) {
        String raw = u.raw();
        int v3 = raw.indexOf("/v3/__");
        if (v3 >= 0) {
            int start = v3 + "/v3/__".length();
            int end = raw.indexOf("__;", start);
            return end > start ? Optional.of(raw.substring(start, end)) : Optional.empty();
        }
        if (u.path().startsWith("/v2/url") || u.path().startsWith("/v1/url")) {
            return param(u.query(), "u").map(v -> {
                StringBuilder out = new StringBuilder(v.length());
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '-' && i + 2 < v.length() && Character.digit(v.charAt(i + 1), 16) >= 0
                            && Character.digit(v.charAt(i + 2), 16) >= 0) {
                        out.append('%').append(v, i + 1, i + 3);
                        i += 2;
                    } else {
                        out.append(c == '_' ? '/' : c);
                    }
                }
                return UrlParser.percentDecode(out.toString());
            });
        }
        return Optional.empty();
    }

    /** Yahoo search click-tracker: the target sits in the path as {@code /RU=<encoded>/RK=}. */
    private static Optional<String> yahooTarget(String path) {
        int ru = path.indexOf("/RU=");
        if (ru < 0) {
            return Optional.empty();
        }
        int start = ru + 4;
        int end = path.indexOf("/R", start);
        return Optional.of(decodeTarget(path.substring(start, end < 0 ? path.length() : end)));
    }

    /** Bing click-tracker {@code /ck/a?...&u=a1<base64url of the target>}. */
    private static Optional<String> bingTarget(String query) {
        return param(query, "u").filter(v -> v.startsWith("a1") && v.length() > 2).flatMap(v -> {
            try {
                String b64 = v.substring(2).replace('+', '-').replace('/', '_');
                byte[] bytes = Base64.getUrlDecoder().decode(stripPadding(b64));
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Google AMP viewer: {@code /amp/s/host/path} is https, {@code /amp/host/path} http. */
    private static Optional<String> googleAmpTarget(String path) {
        if (path.startsWith("/amp/s/") && path.length() > 7) {
            return Optional.of("https://" + path.substring(7));
        }
        if (path.length() > 5) {
            return Optional.of("http://" + path.substring(5));
        }
        return Optional.empty();
    }

    private static Optional<String> tableTarget(ParsedUrl u) {
        for (Entry e : ENTRIES) {
            if (e.matchesHost(u.host()) && e.matchesPath(u.path())) {
                for (String p : e.params) {
                    Optional<String> v = param(u.query(), p);
                    if (v.isPresent() && !v.get().isEmpty()) {
                        return Optional.of(decodeTarget(v.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** First value of a query parameter, percent-decoded once; names compare ignoring case. */
    static Optional<String> param(String query, String name) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        int i = 0;
        while (i <= query.length()) {
            int amp = query.indexOf('&', i);
            int end = amp < 0 ? query.length() : amp;
            int eq = query.indexOf('=', i);
            if (eq > i && eq < end && query.substring(i, eq).equalsIgnoreCase(name)) {
                return Optional.of(UrlParser.percentDecode(query.substring(eq + 1, end)));
            }
            if (amp < 0) {
                break;
            }
            i = amp + 1;
        }
        return Optional.empty();
    }

    /** A target written in a parameter: decoded again while still encoded ({@code https%253A%252F%252F}), made absolute. */
    private static String decodeTarget(String value) {
        String v = value.strip();
        for (int i = 0; i < 3 && !startsWithScheme(v) && v.indexOf('%') >= 0; i++) {
            v = UrlParser.percentDecode(v);
        }
        if (!startsWithScheme(v) && v.startsWith("//")) {
            v = "https:" + v;
        } else if (!startsWithScheme(v) && v.regionMatches(true, 0, "www.", 0, 4)) {
            v = "https://" + v;
        }
        return v;
    }

    private static boolean startsWithScheme(String v) {
        return v.regionMatches(true, 0, "http://", 0, 7) || v.regionMatches(true, 0, "https://", 0, 8);
    }

    private static String stripPadding(String b64) {
        int end = b64.length();
        while (end > 0 && b64.charAt(end - 1) == '=') {
            end--;
        }
        return b64.substring(0, end);
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : DataFile.read(RESOURCE)) {
            if (row.length < 4) {
                throw new IllegalStateException(RESOURCE + ": expected 'host path params kind' in " + String.join(" ", row));
            }
            entries.add(new Entry(row[0], row[1], List.of(row[2].split(",")), "transparent".equals(row[3])));
        }
        return List.copyOf(entries);
    }

    /** One line of the redirector list. */
    private record Entry(String hostPattern, String path, List<String> params, boolean transparent) {

        boolean matchesHost(String host) {
            if (hostPattern.startsWith("*.")) {
                String suffix = hostPattern.substring(1);
                return host.endsWith(suffix) || host.equals(hostPattern.substring(2));
            }
            if (hostPattern.endsWith(".*")) {
                return hostPattern.substring(0, hostPattern.length() - 2).equals(DomainNames.registryLabel(host));
            }
            return host.equals(hostPattern);
        }

        boolean matchesPath(String p) {
            String actual = p == null || p.isEmpty() ? "/" : p;
            if (path.equals("*")) {
                return true;
            }
            if (path.endsWith("*")) {
                return actual.toLowerCase(Locale.ROOT).startsWith(path.substring(0, path.length() - 1));
            }
            return actual.equalsIgnoreCase(path);
        }
    }
}
