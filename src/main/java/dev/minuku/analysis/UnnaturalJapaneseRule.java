package dev.minuku.analysis;

import dev.minuku.text.CjkText;
import dev.minuku.text.EvidenceText;
import dev.minuku.text.NormalizedText;
import dev.minuku.text.PhraseCategory;
import dev.minuku.text.PhraseHit;
import dev.minuku.text.PhraseHits;
import dev.minuku.text.PhraseLexicon;
import dev.minuku.text.SimplifiedHan;
import dev.minuku.text.TextPart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Japanese no Japanese company writes: Chinese words (停用, 激活), characters that
 * exist only in simplified Chinese (账, 订), stock phrases of machine-translated
 * scams (ご愉快なご生活を), and sentences that end in 「、」. Only for mails that are
 * mainly Japanese: a Chinese mail is not unnatural Japanese, nor is a line the mail
 * labels as a translation (「中文:…」 in a hotel's multilingual footer). Shared
 * characters (設定, 説明) are ordinary Japanese and never count.
 */
final class UnnaturalJapaneseRule implements Rule {

    /** Kana a text needs before it counts as Japanese (kanji alone may be Chinese). */
    static final int MIN_KANA = 10;
    /** Simplified characters shown as evidence: the Han run around the first one, at most this long. */
    private static final int HAN_RUN = 12;
    /** Longest clause shown before a sentence-final 「、」. */
    private static final int CLAUSE = 24;
    private static final String BULLETS = "・•*-■◆●★※▼▶→◇○◎□";

    private final PhraseLexicon lexicon;

    UnnaturalJapaneseRule(PhraseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "content-unnatural-japanese";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        NormalizedText subject = ctx.text().part(TextPart.SUBJECT);
        NormalizedText body = ctx.text().part(TextPart.BODY);
        Counts counts = new Counts();
        counts.scan(subject, false);
        counts.scan(body, true);
        if (!counts.mainlyJapanese()) {
            return List.of();
        }
        PhraseHits hits = ctx.text().phrases(lexicon);
        List<String> evidence = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        double base = 0;
        for (PhraseHit h : hits.of(PhraseCategory.CHINESE_WORD)) {
            if (h.part() == TextPart.BODY && counts.inTranslation(h.source().textIndexOfDespaced(h.start()))) {
                continue;
            }
            if (distinct.add(h.phrase())) {
                evidence.add(h.matched());
                base = Math.max(base, 0.8);
            }
        }
        for (String run : counts.simplifiedRuns) {
            if (evidence.stream().noneMatch(run::contains) && distinct.add(run)) {
                evidence.add(run);
                base = Math.max(base, 0.8);
            }
        }
        for (PhraseHit h : hits.of(PhraseCategory.ODD_PHRASE)) {
            if (distinct.add(h.phrase())) {
                evidence.add(h.matched());
                base = Math.max(base, 0.6);
            }
        }
        String comma = trailingComma(body);
        if (comma != null) {
            distinct.add("、");
            evidence.add(comma);
            base = Math.max(base, 0.4);
        }
        if (evidence.isEmpty()) {
            return List.of();
        }
        double confidence = Math.min(1.0, base + 0.2 * (distinct.size() - 1));
        return List.of(Finding.builder(Signal.CONTENT_UNNATURAL_JAPANESE)
                .confidence(confidence)
                .evidence(EvidenceText.tidy(evidence.get(0), EvidenceText.MAX_LENGTH))
                .arg("count", Integer.toString(distinct.size()))
                .build());
    }

    /**
     * Labels a mail puts before a line it writes in another language on purpose
     * (「中文:如有疑问…」 in a hotel's multilingual footer): normalized, lower case.
     */
    private static final List<String> LANGUAGE_LABELS = List.of("简体中文", "簡体中文", "繁體中文", "繁体中文", "中文",
            "中国語", "中國語", "chinese", "한국어", "韓国語", "korean", "english", "英語");
    private static final String LABEL_END = ":|)]】";

    /** Letters by script, and the Han runs holding simplified-only characters (two at most). */
    private static final class Counts {
        int kana;
        int han;
        int latin;
        final List<String> simplifiedRuns = new ArrayList<>(2);
        /** Body lines labelled as a translation, as [start, end) in the body's normalized text. */
        final List<int[]> translations = new ArrayList<>(2);

        boolean inTranslation(int bodyIndex) {
            for (int[] r : translations) {
                if (bodyIndex >= r[0] && bodyIndex < r[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Lines that open with a language label and a colon or bracket: another language on purpose. */
        void findTranslations(NormalizedText body) {
            String s = body.text();
            int lineStart = 0;
            while (lineStart <= s.length()) {
                int lineEnd = s.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = s.length();
                }
                int i = lineStart;
                while (i < lineEnd && (s.charAt(i) == ' ' || "([【".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                for (String label : LANGUAGE_LABELS) {
                    if (s.startsWith(label, i)) {
                        int j = i + label.length();
                        while (j < lineEnd && s.charAt(j) == ' ') {
                            j++;
                        }
                        if (j < lineEnd && LABEL_END.indexOf(s.charAt(j)) >= 0) {
                            translations.add(new int[] {lineStart, lineEnd});
                        }
                        break;
                    }
                }
                lineStart = lineEnd + 1;
            }
        }

        void scan(NormalizedText t, boolean body) {
            if (body) {
                findTranslations(t);
            }
            String s = t.text();
            for (int i = 0; i < s.length(); i++) {
                if (body && inTranslation(i)) {
                    continue; // a labelled translation is neither Japanese nor unnatural
                }
                char c = s.charAt(i);
                if (CjkText.isKana(c)) {
                    kana++;
                } else if (CjkText.isHan(c)) {
                    han++;
                    if (simplifiedRuns.size() < 2 && SimplifiedHan.isSimplifiedOnly(c)) {
                        int start = i;
                        while (start > 0 && i - start < HAN_RUN / 2 && CjkText.isHan(s.charAt(start - 1))) {
                            start--;
                        }
                        int end = i + 1;
                        while (end < s.length() && end - start < HAN_RUN && CjkText.isHan(s.charAt(end))) {
                            end++;
                        }
                        String run = t.originalSpan(start, end);
                        if (!simplifiedRuns.contains(run)) {
                            simplifiedRuns.add(run);
                        }
                    }
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    latin++;
                }
            }
        }

        boolean mainlyJapanese() {
            return kana >= MIN_KANA && 2 * (kana + han) >= kana + han + latin;
        }
    }

    /**
     * A sentence that ends in 「、」 (or a comma after Japanese): before the end of the
     * text, a blank line, a list bullet or 「。」. A line wrapped after 「、」 in the middle
     * of a sentence is ordinary and does not count; nor does the salutation line.
     */
    static String trailingComma(NormalizedText body) {
        String s = body.text();
        int firstLineEnd = s.indexOf('\n');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '、' && !(c == ',' && i > 0 && CjkText.isJapaneseLetter(s.charAt(i - 1)))) {
                continue;
            }
            if (firstLineEnd < 0 || i < firstLineEnd) {
                continue;
            }
            int j = skipSpaces(s, i + 1);
            boolean ends;
            if (j >= s.length() || s.charAt(j) == '。') {
                ends = true;
            } else if (s.charAt(j) == '\n') {
                int k = skipSpaces(s, j + 1);
                ends = k >= s.length() || s.charAt(k) == '\n' || BULLETS.indexOf(s.charAt(k)) >= 0;
            } else {
                ends = false;
            }
            if (ends) {
                // Show the last clause of the sentence, ending in its 「、」.
                int from = i;
                while (from > 0 && i - from < CLAUSE && "\n、。,".indexOf(s.charAt(from - 1)) < 0) {
                    from--;
                }
                return body.originalSpan(from, i + 1);
            }
        }
        return null;
    }

    private static int skipSpaces(String s, int from) {
        int j = from;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }
}
