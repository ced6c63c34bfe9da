package dev.minuku.text;

/**
 * Cuts the evidence shown to people from the original text: the matched phrase
 * with the rest of its clause, whitespace tidied, never longer than
 * {@link #MAX_LENGTH} characters.
 */
public final class EvidenceText {

    /** Longest evidence shown, in characters. */
    public static final int MAX_LENGTH = 60;
    /** How long a clause around a phrase may grow before it is cut. */
    private static final int CLAUSE_LENGTH = 40;
    /** Characters that end a clause in Japanese or English text. */
    private static final String CLAUSE_ENDS = "\n\r。、!?「」『』【】()<>[]|;•■◆●★※\uFF01\uFF1F\uFF08\uFF09\uFF1C\uFF1E\uFF0C\uFF0E";
    /** English punctuation that ends a clause only when a space or the end follows (not in amazon.co.jp). */
    private static final String SENTENCE_PUNCTUATION = ".,!?:";

    private EvidenceText() {
    }

    /**
     * The clause around {@code original[start, end)}: grown left and right up to the
     * nearest clause end, at most about 40 characters, then {@link #tidy tidied}.
     */
    public static String clause(String original, int start, int end, int max) {
        int n = original.length();
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        int budget = CLAUSE_LENGTH - (e - s);
        boolean left = true;
        boolean right = true;
        while (budget > 0 && (left || right)) {
            // Spaces a scam put between letters do not use up the clause.
            if (right) {
                if (e < n && !endsClause(original, e)) {
                    budget -= original.charAt(e) == ' ' ? 0 : 1;
                    e++;
                } else {
                    right = false;
                }
            }
            if (left && budget > 0) {
                if (s > 0 && !endsClause(original, s - 1)) {
                    s--;
                    budget -= original.charAt(s) == ' ' ? 0 : 1;
                } else {
                    left = false;
                }
            }
        }
        // Cut by length rather than at a clause end: do not leave half an English word.
        if (s > 0 && isLetter(original, s - 1) && isLetter(original, s)) {
            int space = original.indexOf(' ', s);
            if (space >= 0 && space < start) {
                s = space + 1;
            }
        }
        if (e < n && isLetter(original, e - 1) && isLetter(original, e)) {
            int space = original.lastIndexOf(' ', e - 1);
            if (space >= end) {
                e = space;
            }
        }
        // Never cut a surrogate pair in half.
        if (s > 0 && s < n && Character.isLowSurrogate(original.charAt(s))) {
            s--;
        }
        if (e < n && e > 0 && Character.isHighSurrogate(original.charAt(e - 1))) {
            e++;
        }
        return tidy(original.substring(s, e), max);
    }

    /** Whitespace runs become one space, ends are trimmed, and the text is cut to {@code max} characters. */
    public static String tidy(String s, int max) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), max + 8));
        boolean space = false;
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                count++;
                space = false;
            }
            if (count >= max - 1 && i < s.length()) {
                out.append('…');
                return out.toString();
            }
            out.appendCodePoint(cp);
            count++;
        }
        return out.toString();
    }

    private static boolean isLetter(String s, int i) {
        char c = s.charAt(i);
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    private static boolean endsClause(String s, int i) {
        char c = s.charAt(i);
        if (CLAUSE_ENDS.indexOf(c) >= 0) {
            return true;
        }
        if (SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
            return i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        }
        return false;
    }
}
