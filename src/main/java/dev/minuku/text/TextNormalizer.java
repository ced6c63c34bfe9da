package dev.minuku.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Text as the matchers see it.
 * <ul>
 * <li>{@link #forMatching}: NFKC with case folding. Full-width ASCII, half-width kana,
 * enclosed (Ⓐ) and mathematical (𝐀 𝒜) letters fold to plain forms; zero-width
 * characters disappear.</li>
 * <li>{@link #fold}: the same, keeping where each character came from, plus a
 * "despaced" form without the spaces scams put between Japanese characters
 * (「支払い 情 報 の 更新」 reads as 「支払い情報の更新」).</li>
 * <li>{@link #skeleton}: Unicode confusable skeletons (UTS #39) for short fields,
 * so that "AppIe" and Cyrillic "Аmazon" meet their brand.</li>
 * <li>{@link #plainFold}: width and case folding only, to tell a plain spelling
 * (ＡＭＡＺＯＮ) from a disguised one.</li>
 * </ul>
 * Every method is a single pass over its input; none compiles a regex.
 */
public final class TextNormalizer {

    /** Longest normalization segment kept (a letter and its combining marks), as in UAX #15's stream-safe format. */
    static final int MAX_SEGMENT = 32;
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    /**
     * Skeletons of BMP characters, filled on first use: computing one costs a
     * normalization and a table lookup, and names repeat the same few characters.
     * Racing writers store equal strings, so no lock is needed.
     */
    private static final String[] BMP_SKELETON = new String[0x10000];

    /**
     * NFKC-casefold of single BMP characters standing alone, filled on first use: a
     * body of full-width letters would otherwise cost one ICU call per character.
     * Racing writers store equal strings, so no lock is needed.
     */
    private static final String[] BMP_FOLD = new String[0x10000];

    private TextNormalizer() {
    }

    private static String foldOf(int cp) {
        String cached = BMP_FOLD[cp];
        if (cached == null) {
            cached = NFKC_CASEFOLD.normalize(String.valueOf((char) cp));
            BMP_FOLD[cp] = cached;
        }
        return cached;
    }

    /**
     * NFKC with case folding; null becomes "". Letters carrying more than a few dozen
     * combining marks keep only the first ones (see {@link #fold}).
     */
    public static String forMatching(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return fold(text).text();
    }

    /** {@link #forMatching} that remembers where each character came from, with the despaced form. */
    public static NormalizedText fold(String original) {
        String o = original == null ? "" : original;
        int n = o.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n + 8];
        int i = 0;
        while (i < n) {
            // Fast path: a stretch ICU already knows to be normalized is copied as is.
            int span = NFKC_CASEFOLD.spanQuickCheckYes(CharBuffer.wrap(o, i, n));
            if (span > 0) {
                from = identity(from, out.length(), i, span);
                out.append(o, i, i + span);
                i += span;
                if (i >= n) {
                    break;
                }
            }
            int cp = o.codePointAt(i);
            int next = i + Character.charCount(cp);
            // A normalization segment ends where the next character starts a new one;
            // segments normalize independently, so offsets stay exact per segment.
            int end = next;
            while (end < n) {
                int c = o.codePointAt(end);
                if (NFKC_CASEFOLD.hasBoundaryBefore(c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            int before = out.length();
            if (end - i > MAX_SEGMENT) {
                // Dozens of combining marks on one letter ("Zalgo" text) would make canonical
                // reordering quadratic; like UAX #15's stream-safe format, keep only the first ones.
                int cut = i + MAX_SEGMENT;
                if (Character.isLowSurrogate(o.charAt(cut))) {
                    cut--;
                }
                NFKC_CASEFOLD.normalizeSecondAndAppend(out, o.substring(i, cut));
                from = record(from, before, out.length(), i);
                i = end;
                continue;
            }
            if (end == next && cp < 0x80) {
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
            } else if (end == next && cp < BMP_FOLD.length) {
                out.append(foldOf(cp));
            } else if (end == next && NFKC_CASEFOLD.getDecomposition(cp) == null) {
                out.appendCodePoint(cp);
            } else {
                // The segment starts at a boundary, so nothing merges with what came before.
                NFKC_CASEFOLD.normalizeSecondAndAppend(out, o.substring(i, end));
            }
            from = record(from, before, out.length(), i);
            i = end;
        }
        return NormalizedText.of(o, out.toString(), from);
    }

    /**
     * Confusable skeleton of each character (after NFKC, before lower-casing), for
     * finding look-alike spellings of a name. Per character rather than per string so
     * that offsets map back to the original; both sides of a comparison must use it.
     */
    public static NormalizedText skeleton(String original) {
        String o = original == null ? "" : original;
        int n = o.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n + 8];
        int i = 0;
        while (i < n) {
            int cp = o.codePointAt(i);
            int before = out.length();
            if (UCharacter.isUWhiteSpace(cp)) {
                out.append(' ');
            } else if (UCharacter.getType(cp) != UCharacter.FORMAT) {
                // Format characters (zero-width joiners, bidi marks) hide inside names: drop them.
                out.append(skeletonOf(cp));
            }
            from = record(from, before, out.length(), i);
            i += Character.charCount(cp);
        }
        return NormalizedText.withoutDespacing(o, out.toString(), from);
    }

    /** Skeleton string of one code point: NFKC (Ⓐ→A), confusable prototype (I→l, а→a), lower case. */
    static String skeletonOf(int cp) {
        if (cp < BMP_SKELETON.length) {
            String cached = BMP_SKELETON[cp];
            if (cached == null) {
                cached = computeSkeleton(cp);
                BMP_SKELETON[cp] = cached;
            }
            return cached;
        }
        return computeSkeleton(cp);
    }

    private static String computeSkeleton(int cp) {
        String nfkc = NFKC.normalize(new String(Character.toChars(cp)));
        if (nfkc.isEmpty()) {
            return "";
        }
        return UCharacter.toLowerCase(SPOOF.getSkeleton(nfkc));
    }

    /**
     * Width and case folding only (full-width ASCII and half-width kana to their
     * usual forms), without whitespace: "ＡＭＡＺＯＮ" and "amazon" fold alike,
     * "𝐀𝐦𝐚𝐳𝐨𝐧" and "Аmazon" do not.
     */
    public static String plainFold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String ascii = asciiPlainFold(s);
        return ascii != null ? ascii : icuPlainFold(s);
    }

    /** {@link #plainFold} through ICU, for any string. */
    static String icuPlainFold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                continue;
            }
            if (cp >= 0xFF00 && cp <= 0xFFEF) {
                out.append(NFKC.normalize(new String(Character.toChars(cp))));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return UCharacter.toLowerCase(NFC.normalize(out));
    }

    /**
     * {@link #plainFold} of an ASCII string without ICU: its white space (tab to
     * carriage return, space) dropped and A–Z lower-cased, which is all that NFC
     * and full case folding do to ASCII. Null when the string is not all ASCII.
     */
    private static String asciiPlainFold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            boolean upper = c >= 'A' && c <= 'Z';
            if ((space || upper) && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !space) {
                out.append(upper ? (char) (c + 32) : c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static int[] identity(int[] from, int start, int source, int length) {
        int[] f = from;
        if (start + length > f.length) {
            f = Arrays.copyOf(f, Math.max(start + length, f.length * 2));
        }
        for (int k = 0; k < length; k++) {
            f[start + k] = source + k;
        }
        return f;
    }

    private static int[] record(int[] from, int start, int end, int source) {
        int[] f = from;
        if (end > f.length) {
            f = Arrays.copyOf(f, Math.max(end, f.length * 2));
        }
        for (int k = start; k < end; k++) {
            f[k] = source;
        }
        return f;
    }
}
