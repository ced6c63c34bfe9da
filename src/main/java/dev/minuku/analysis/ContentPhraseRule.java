package dev.minuku.analysis;

import dev.minuku.text.EvidenceText;
import dev.minuku.text.PhraseCategory;
import dev.minuku.text.PhraseHit;
import dev.minuku.text.PhraseHits;
import dev.minuku.text.PhraseLexicon;
import dev.minuku.text.TextPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the words ask or threaten, from one lexicon pass: deadlines, threats,
 * requests for credentials or payment details, lures, and a nameless greeting
 * when the mail also asks the reader to act. One finding per signal; confidence
 * grows with the number of distinct phrases (one phrase is half as sure as three).
 * Threats, deadlines and lures inside an unsubscribe footer (「配信停止はこちら」) do not count.
 */
final class ContentPhraseRule implements Rule {

    /** A greeting stands at the start of one of the body's first lines. */
    private static final int GREETING_LINES = 3;
    /** What may stand before the greeting on its line: a brand or company name ("Amazon お客様"). */
    private static final int GREETING_PREFIX = 20;
    /** Characters that may follow a greeting: the end of the salutation. */
    private static final String AFTER_GREETING = " ,、。.!:;へ\uFF0C";

    private final PhraseLexicon lexicon;

    ContentPhraseRule(PhraseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "content-phrases";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        PhraseHits hits = ctx.text().phrases(lexicon);
        List<Finding> out = new ArrayList<>(4);
        add(out, Signal.CONTENT_DEADLINE, hits.outsideFooters(PhraseCategory.DEADLINE));
        add(out, Signal.CONTENT_THREAT, hits.outsideFooters(PhraseCategory.THREAT));
        add(out, Signal.CONTENT_CREDENTIAL_REQUEST, hits.of(PhraseCategory.CREDENTIAL_REQUEST));
        add(out, Signal.CONTENT_PAYMENT_REQUEST, hits.of(PhraseCategory.PAYMENT_REQUEST));
        add(out, Signal.CONTENT_LURE, hits.outsideFooters(PhraseCategory.LURE));
        if (ctx.notice().callToAction()) {
            int zone = -1;
            for (PhraseHit h : hits.of(PhraseCategory.GREETING)) {
                if (h.part() != TextPart.BODY) {
                    continue;
                }
                if (zone < 0) {
                    zone = greetingZoneEnd(h.source().despaced());
                }
                if (h.start() < zone && isSalutation(h)) {
                    out.add(Finding.builder(Signal.CONTENT_GENERIC_GREETING)
                            .evidence(EvidenceText.tidy(h.matched(), EvidenceText.MAX_LENGTH))
                            .build());
                    break;
                }
            }
        }
        return out;
    }

    /** One finding for the signal, its evidence the first phrase in its clause. */
    private static void add(List<Finding> out, Signal signal, List<PhraseHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Set<String> distinct = PhraseHits.distinctPhrases(hits);
        out.add(Finding.builder(signal)
                .confidence(confidence(distinct.size()))
                .evidence(hits.get(0).evidence())
                .arg("count", Integer.toString(distinct.size()))
                .build());
    }

    /** 0.5 for one distinct phrase, 0.75 for two, 1 from three on. */
    static double confidence(int distinctPhrases) {
        return Math.min(1.0, 0.5 + 0.25 * (distinctPhrases - 1));
    }

    /** End of the body's first lines with any text: where a salutation can stand. */
    private static int greetingZoneEnd(String text) {
        int lines = 0;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (content && ++lines >= GREETING_LINES) {
                    return i;
                }
                content = false;
            } else if (c != ' ') {
                content = true;
            }
        }
        return text.length();
    }

    /**
     * The greeting opens its line (after at most a short name) and ends there or with
     * punctuation: 「お客様」 on its own line is a salutation, 「お客様のアカウント」 is not.
     */
    private static boolean isSalutation(PhraseHit h) {
        String text = h.source().despaced();
        for (int i = h.start() - 1; i >= 0; i--) {
            if (text.charAt(i) == '\n') {
                break;
            }
            if (h.start() - i > GREETING_PREFIX) {
                return false;
            }
        }
        if (h.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(h.end());
        return next == '\n' || AFTER_GREETING.indexOf(next) >= 0;
    }
}
