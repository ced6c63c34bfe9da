package dev.minuku.analysis;

import dev.minuku.text.EvidenceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Words written with full-width and half-width forms mixed inside them
 * (「ｱカウント」, "ＰａｙPay", 「ｶｰド情報」): a word typed by a person is all one width,
 * and a filter that matches one spelling misses the other. Read on the subject and
 * body as written (before normalization folds the widths). A run all in half-width
 * katakana (「ｶ)ﾐﾅﾄｼｮｳｼﾞ」, bank transfer names) or all in full-width letters
 * (「ＩＤ」, 「ＡＢ１２３」) is one width and ordinary; so is 「Ｅメール」, where the
 * letter and the katakana are different words' scripts.
 */
final class MixedWidthRule implements Rule {

    /** Shortest mixed run that counts: shorter ones are too easily an accident. */
    static final int MIN_RUN = 3;
    /** Characters read per field at most. */
    static final int SCAN_LIMIT = 200_000;

    private enum Script { KATAKANA, LATIN, OTHER }

    @Override
    public String id() {
        return "content-mixed-width";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        List<String> runs = new ArrayList<>(3);
        mixedRuns(ctx.message().subject(), runs);
        mixedRuns(ctx.message().body(), runs);
        if (runs.isEmpty()) {
            return List.of();
        }
        double confidence = Math.min(1.0, 0.6 + 0.2 * (runs.size() - 1));
        return List.of(Finding.builder(Signal.CONTENT_MIXED_WIDTH)
                .confidence(confidence)
                .evidence(EvidenceText.tidy(runs.get(0), EvidenceText.MAX_LENGTH))
                .arg("count", Integer.toString(runs.size()))
                .build());
    }

    /** Adds each run of one script that mixes both widths (three at most). */
    static void mixedRuns(String text, List<String> out) {
        if (text == null) {
            return;
        }
        int limit = Math.min(text.length(), SCAN_LIMIT);
        int start = 0;
        while (start < limit && out.size() < 3) {
            Script script = script(text.charAt(start));
            if (script == Script.OTHER) {
                start++;
                continue;
            }
            int end = start;
            boolean wide = false;
            boolean narrow = false;
            while (end < limit && script(text.charAt(end)) == script) {
                if (isWide(text.charAt(end))) {
                    wide = true;
                } else {
                    narrow = true;
                }
                end++;
            }
            if (wide && narrow && end - start >= MIN_RUN) {
                out.add(text.substring(start, end));
            }
            start = end;
        }
    }

    private static Script script(char c) {
        if ((c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC' || (c >= '\uFF66' && c <= '\uFF9F')) {
            return Script.KATAKANA;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
            return Script.LATIN;
        }
        return Script.OTHER;
    }

    /** Full-width Latin and digits, and ordinary (full-width) katakana; half-width forms are narrow. */
    private static boolean isWide(char c) {
        return (c >= '\uFF10' && c <= '\uFF5A') || (c >= '\u30A1' && c <= '\u30FC');
    }
}
