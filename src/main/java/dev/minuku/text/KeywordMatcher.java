package dev.minuku.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every occurrence of a set of keywords in a text, found in one pass by an
 * Aho-Corasick automaton (hankcs's double-array trie, {@code com.hankcs:aho-corasick-double-array-trie}),
 * built once and safe to share between threads. Each keyword carries a value, so
 * a hit hands over what the caller needs without a second lookup.
 * <p>
 * What callers may rely on (KeywordMatcherTest holds it):
 * <ul>
 * <li>every occurrence is reported, overlapping and nested ones included;</li>
 * <li>a hit is {@code (start, end, value)} with {@code start} inclusive and {@code end}
 *     exclusive, in UTF-16 units of the text;</li>
 * <li>hits come in order of their end; hits ending at the same place (keywords that
 *     are suffixes of one another) come in {@link String#compareTo} order of their
 *     keywords. That is the order the previous library (org.ahocorasick) gave, and
 *     callers keep the first of equal candidates and cap long hit lists, so the
 *     order is part of their results;</li>
 * <li>no keywords at all is allowed and finds nothing.</li>
 * </ul>
 *
 * @param <V> what a keyword stands for
 */
public final class KeywordMatcher<V> {

    /** Receives one hit: where the keyword starts (inclusive), where it ends (exclusive), and its value. */
    @FunctionalInterface
    public interface Hit<V> {
        void hit(int start, int end, V value);
    }

    /** Like {@link Hit}, and answers whether to go on: false stops the scan. */
    @FunctionalInterface
    public interface HitUntil<V> {
        boolean hit(int start, int end, V value);
    }

    /** No keyword may contain it (see {@link Trie}). */
    private static final char OUT_OF_RANGE = '\uFFFF';

    /** Null without keywords: nothing to find, and no automaton to build. */
    private final Trie<V> trie;
    private final int size;
    /**
     * One bit per UTF-16 unit: set when some keyword contains it. A character no keyword
     * contains sends every state back to the root, where nothing ends, so the scan skips
     * the automaton for it (most of a Japanese body, for the brand names' automaton).
     */
    private final long[] used = new long[(Character.MAX_VALUE + 1) / 64];
    /**
     * One bit per UTF-16 unit: set when some keyword starts with it. At the root, any
     * other character leaves the scan at the root, so the scan only tests this bit there
     * (most characters of a text, between the few places where a keyword begins).
     */
    private final long[] starts = new long[(Character.MAX_VALUE + 1) / 64];

    /**
     * @param keywords each keyword and its value; keywords must be non-empty and must not
     *                 contain U+FFFF
     */
    public KeywordMatcher(Map<String, ? extends V> keywords) {
        // The library numbers keywords in the map's order and, among hits ending at the same
        // place, reports the highest number first: numbering in reverse String order makes
        // those hits come in String order (see the class comment).
        TreeMap<String, V> ordered = new TreeMap<>(Comparator.reverseOrder());
        for (Map.Entry<String, ? extends V> e : keywords.entrySet()) {
            String k = e.getKey();
            if (k == null || k.isEmpty()) {
                throw new IllegalArgumentException("empty keyword");
            }
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (c == OUT_OF_RANGE) {
                    throw new IllegalArgumentException("keyword contains U+FFFF: " + k);
                }
                used[c >>> 6] |= 1L << c;
            }
            starts[k.charAt(0) >>> 6] |= 1L << k.charAt(0);
            ordered.put(k, e.getValue());
        }
        this.size = ordered.size();
        if (ordered.isEmpty()) {
            this.trie = null;
        } else {
            this.trie = new Trie<>();
            this.trie.build(ordered);
        }
    }

    /** Every hit in the text, in the order described above. */
    public void forEach(String text, Hit<? super V> hit) {
        if (trie == null || text.isEmpty()) {
            return;
        }
        trie.scan(text, used, starts, (start, end, value) -> {
            hit.hit(start, end, value);
            return true;
        });
    }

    /** Hits in the order described above until {@code hit} answers false. */
    public void forEachUntil(String text, HitUntil<? super V> hit) {
        if (trie == null || text.isEmpty()) {
            return;
        }
        trie.scan(text, used, starts, hit);
    }

    /** Number of distinct keywords. */
    public int size() {
        return size;
    }

    /**
     * The library's automaton with its text scan done here, as the library's own
     * {@code parseText} does it (same states, same hits, same order), except that a
     * character no keyword contains takes the scan straight back to the root without
     * reading the automaton's arrays, and at the root so does one that no keyword starts
     * with: the library's scan was half the brand detector's
     * time and a tenth of the service's under load (docs/performance.md).
     * <p>
     * The library reads {@code check[base + c + 1]} in arrays that end 65,535 slots past
     * the last state, so its own scan steps past their end on U+FFFF
     * (ArrayIndexOutOfBoundsException); no keyword may contain U+FFFF, so here it is one
     * of the characters that only break a match.
     */
    private static final class Trie<V> extends AhoCorasickDoubleArrayTrie<V> {

        void scan(String text, long[] used, long[] starts, HitUntil<? super V> hit) {
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (((state == 0 ? starts : used)[c >>> 6] & (1L << c)) == 0) {
                    state = 0;
                    continue;
                }
                int next;
                while ((next = transitionWithRoot(state, c)) == -1) {
                    state = fail[state];
                }
                state = next;
                int[] ends = output[state];
                if (ends != null) {
                    for (int k : ends) {
                        if (!hit.hit(i + 1 - l[k], i + 1, v[k])) {
                            return;
                        }
                    }
                }
            }
        }
    }
}
