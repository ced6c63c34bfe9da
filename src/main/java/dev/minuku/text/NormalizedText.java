package dev.minuku.text;

/**
 * One field of a mail, as written and as the matchers see it.
 * <ul>
 * <li>{@link #original()}: as written; evidence shown to people is cut from it.</li>
 * <li>{@link #text()}: normalized ({@link TextNormalizer#fold}).</li>
 * <li>{@link #despaced()}: the normalized text without spaces between Japanese
 * characters (and digits next to them), other runs of spaces and tabs collapsed to
 * one space, line breaks kept. Phrase lexicons match this form.</li>
 * </ul>
 * Offsets in either form map back to the original ({@link #originalSpan},
 * {@link #originalSpanOfDespaced}). {@link #toString()} never shows the text.
 */
public final class NormalizedText {

    public static final NormalizedText EMPTY = of("", "", new int[0]);

    private final String original;
    private final String text;
    /** text index → original index of the segment the character came from. */
    private final int[] from;
    private final String despaced;
    /** despaced index → text index; null when despacing changed nothing. */
    private final int[] despacedFrom;
    private final int japaneseLetters;
    private final int spacedGaps;

    private NormalizedText(String original, String text, int[] from, String despaced, int[] despacedFrom,
            int japaneseLetters, int spacedGaps) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.despaced = despaced;
        this.despacedFrom = despacedFrom;
        this.japaneseLetters = japaneseLetters;
        this.spacedGaps = spacedGaps;
    }

    /** Builds the despaced form of {@code text}; {@code from} maps text indexes to original ones. */
    static NormalizedText of(String original, String text, int[] from) {
        int n = text.length();
        StringBuilder d = null;
        int[] dFrom = null;
        int japanese = 0;
        int gaps = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                if (CjkText.isJapaneseLetter(c)) {
                    japanese++;
                }
                if (d != null) {
                    dFrom = put(d, dFrom, c, i);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < n && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            char prev = i > 0 ? text.charAt(i - 1) : '\n';
            char next = end < n ? text.charAt(end) : '\n';
            boolean glued = joinsAcrossSpace(prev) && joinsAcrossSpace(next)
                    && (CjkText.isCjk(prev) || CjkText.isCjk(next) || (isDigit(prev) && isDigit(next)));
            if (end - i == 1 && CjkText.isJapaneseLetter(prev) && CjkText.isJapaneseLetter(next)) {
                gaps++;
            }
            boolean keepOne = !glued && prev != '\n' && next != '\n';
            if (glued || end - i > 1 || !keepOne) {
                if (d == null) {
                    d = new StringBuilder(n);
                    d.append(text, 0, i);
                    dFrom = new int[n];
                    for (int k = 0; k < i; k++) {
                        dFrom[k] = k;
                    }
                }
                if (keepOne) {
                    dFrom = put(d, dFrom, ' ', i);
                }
            } else if (d != null) {
                dFrom = put(d, dFrom, ' ', i);
            }
            i = end;
        }
        String despaced = d == null ? text : d.toString();
        return new NormalizedText(original, text, from, despaced, d == null ? null : dFrom, japanese, gaps);
    }

    /** For texts whose matcher needs no despacing (skeletons of short fields). */
    static NormalizedText withoutDespacing(String original, String text, int[] from) {
        return new NormalizedText(original, text, from, text, null, 0, 0);
    }

    private static int[] put(StringBuilder d, int[] dFrom, char c, int source) {
        int[] f = dFrom;
        if (d.length() >= f.length) {
            f = java.util.Arrays.copyOf(f, Math.max(16, f.length * 2));
        }
        f[d.length()] = source;
        d.append(c);
        return f;
    }

    private static boolean joinsAcrossSpace(char c) {
        return CjkText.isCjk(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public String despaced() {
        return despaced;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Kana and kanji in the normalized text. */
    public int japaneseLetters() {
        return japaneseLetters;
    }

    /** Single spaces standing between two Japanese letters ("情 報"): what spaced-out scams are made of. */
    public int spacedGaps() {
        return spacedGaps;
    }

    /** Index in the original where the normalized character at {@code textIndex} came from. */
    public int originalStart(int textIndex) {
        if (textIndex <= 0) {
            return 0;
        }
        return textIndex >= text.length() ? original.length() : from[textIndex];
    }

    /** Index in the original just after the normalized characters before {@code textEnd}. */
    public int originalEnd(int textEnd) {
        if (textEnd <= 0) {
            return 0;
        }
        if (textEnd >= text.length()) {
            return original.length();
        }
        int last = from[textEnd - 1];
        int k = textEnd;
        // Inside one segment (㈱ → (株)) the span reaches to the segment's end.
        while (k < text.length() && from[k] == last) {
            k++;
        }
        return k >= text.length() ? original.length() : from[k];
    }

    /** The original text that normalized to {@code text[start, end)}. */
    public String originalSpan(int start, int end) {
        int s = originalStart(start);
        int e = Math.max(s, originalEnd(end));
        return original.substring(s, e);
    }

    /** Normalized-text index of a despaced index. */
    public int textIndexOfDespaced(int despacedIndex) {
        if (despacedFrom == null) {
            return despacedIndex;
        }
        if (despacedIndex >= despaced.length()) {
            return text.length();
        }
        return despacedFrom[Math.max(0, despacedIndex)];
    }

    /** Original index where the despaced character at {@code despacedIndex} came from. */
    public int originalIndexOfDespaced(int despacedIndex) {
        return originalStart(textIndexOfDespaced(despacedIndex));
    }

    /** Original index just after the despaced characters before {@code despacedEnd}. */
    public int originalEndOfDespaced(int despacedEnd) {
        if (despacedEnd <= 0) {
            return 0;
        }
        return originalEnd(textIndexOfDespaced(despacedEnd - 1) + 1);
    }

    /** The original text that became {@code despaced[start, end)} (spaces the scam put in included). */
    public String originalSpanOfDespaced(int start, int end) {
        if (start >= end) {
            return "";
        }
        int s = originalIndexOfDespaced(start);
        int e = Math.max(s, originalEndOfDespaced(end));
        return original.substring(s, e);
    }

    @Override
    public String toString() {
        return "NormalizedText[" + original.length() + " chars]"; // never the text: it may be a mail body
    }
}
