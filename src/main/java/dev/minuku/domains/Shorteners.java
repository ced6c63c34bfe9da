package dev.minuku.domains;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * URL shortening services (data: {@code minuku/shorteners.txt}). A short link
 * hides its target, and the service never follows it, so the link stays a
 * shortener finding. Some brands run their own (amzn.to, r10.to): the data
 * names that brand so a rule can weigh the link by who the mail claims to be.
 */
public final class Shorteners {

    public static final String RESOURCE = "minuku/shorteners.txt";
    /** shortener domain → id of the brand that runs it, or "" for public services. */
    private static final Map<String, String> DOMAINS = load();
    /** Length of the longest listed domain: longer tails of a host are never cut out to look up. */
    private static final int LONGEST = DOMAINS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Shorteners() {
    }

    /** True when the host (or registrable domain) is a shortener domain or below one. */
    public static boolean isShortener(String registrableOrHost) {
        return shortenerDomain(registrableOrHost).isPresent();
    }

    /** The listed shortener domain the host belongs to ({@code x.page.link → page.link}). */
    public static Optional<String> shortenerDomain(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        // Up to 16 labels from the left, as always; a tail longer than every listed
        // domain cannot be one, so it is not cut out and hashed (every link asks).
        int start = 0;
        for (int guard = 0; guard < 16; guard++) {
            if (h.length() - start <= LONGEST) {
                String tail = start == 0 ? h : h.substring(start);
                if (DOMAINS.containsKey(tail)) {
                    return Optional.of(tail);
                }
            }
            int dot = h.indexOf('.', start);
            if (dot < 0) {
                return Optional.empty();
            }
            start = dot + 1;
        }
        return Optional.empty();
    }

    /** The brand id that runs this shortener, when it is a brand's own (amzn.to → amazon). */
    public static Optional<String> brandOf(String host) {
        return shortenerDomain(host).map(DOMAINS::get).filter(b -> !b.isEmpty());
    }

    public static int size() {
        return DOMAINS.size();
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : DataFile.read(RESOURCE)) {
            m.put(row[0], row.length > 1 ? row[1] : "");
        }
        return Map.copyOf(m);
    }
}
