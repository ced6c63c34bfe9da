package dev.minuku.domains;

import java.util.List;

/** Unwraps redirectors that carry their target in the URL, without fetching anything. (Placeholder.) */
public final class Redirectors {

    /** Maximum wrappers followed: a link wrapped deeper than this is analyzed where unwrapping stopped. */
    public static final int MAX_DEPTH = 5;

    private Redirectors() {
    }

    /** The chain from the link itself to its final visible target (first element: the link itself). */
    public static List<ParsedUrl> unwrap(ParsedUrl url) {
        return List.of(url);
    }
}
