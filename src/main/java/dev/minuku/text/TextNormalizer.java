package dev.minuku.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Text as the matchers see it: NFKC (full-width ASCII, half-width kana,
 * enclosed and mathematical letters fold to plain forms) and lower case.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private TextNormalizer() {
    }

    /** NFKC with case folding; null becomes "". */
    public static String forMatching(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return NFKC_CASEFOLD.normalize(text).toLowerCase(Locale.ROOT);
    }
}
