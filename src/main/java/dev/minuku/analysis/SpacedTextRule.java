package dev.minuku.analysis;

import dev.minuku.text.CjkText;
import dev.minuku.text.EvidenceText;
import dev.minuku.text.NormalizedText;
import dev.minuku.text.TextPart;
import java.util.List;

/**
 * Japanese broken up by single spaces (「支払い 情 報 の 更新」) so that filters miss
 * the words. Measured as a ratio over subject and body: spaces standing between two
 * Japanese letters per Japanese letter; a name written 「山田 太郎 様」 is a few gaps
 * in a whole mail and does not count.
 */
final class SpacedTextRule implements Rule {

    /** Fewest gaps that make a pattern rather than a few names. */
    static final int MIN_GAPS = 10;
    /** Gaps per Japanese letter from which the text is spaced out. */
    static final double MIN_RATIO = 0.2;
    /** Ratio at which confidence is full. */
    private static final double FULL_RATIO = 0.4;
    private static final int EVIDENCE_LENGTH = 40;

    @Override
    public String id() {
        return "content-spaced-text";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        NormalizedText subject = ctx.text().part(TextPart.SUBJECT);
        NormalizedText body = ctx.text().part(TextPart.BODY);
        int gaps = subject.spacedGaps() + body.spacedGaps();
        int letters = subject.japaneseLetters() + body.japaneseLetters();
        if (gaps < MIN_GAPS || letters == 0) {
            return List.of();
        }
        double ratio = (double) gaps / letters;
        if (ratio < MIN_RATIO) {
            return List.of();
        }
        NormalizedText source = body.spacedGaps() >= subject.spacedGaps() ? body : subject;
        double confidence = 0.6 + 0.4 * Math.min(1.0, (ratio - MIN_RATIO) / (FULL_RATIO - MIN_RATIO));
        return List.of(Finding.builder(Signal.CONTENT_SPACED_TEXT)
                .confidence(confidence)
                .evidence(longestSpacedRun(source))
                .arg("ratio", String.format(java.util.Locale.ROOT, "%.2f", ratio))
                .build());
    }

    /** The stretch of Japanese letters joined by single spaces that has the most spaces, as written. */
    static String longestSpacedRun(NormalizedText t) {
        String s = t.text();
        int bestStart = 0;
        int bestEnd = 0;
        int bestGaps = -1;
        int runStart = -1;
        int runGaps = 0;
        int lastLetter = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            boolean letter = CjkText.isJapaneseLetter(c);
            if (letter && runStart >= 0 && lastLetter == i - 1) {
                lastLetter = i;
                continue;
            }
            if (letter && runStart >= 0 && lastLetter == i - 2 && s.charAt(i - 1) == ' ') {
                runGaps++;
                lastLetter = i;
                continue;
            }
            if (c == ' ' && runStart >= 0 && lastLetter == i - 1) {
                continue;
            }
            // The run, if any, ends here.
            if (runStart >= 0 && runGaps > bestGaps) {
                bestGaps = runGaps;
                bestStart = runStart;
                bestEnd = lastLetter + 1;
            }
            runStart = letter ? i : -1;
            runGaps = 0;
            lastLetter = letter ? i : -1;
        }
        if (bestGaps <= 0) {
            return "";
        }
        return EvidenceText.tidy(t.originalSpan(bestStart, bestEnd), EVIDENCE_LENGTH);
    }
}
