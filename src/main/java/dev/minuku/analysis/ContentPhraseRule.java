package dev.minuku.analysis;

import dev.minuku.text.EvidenceText;
import dev.minuku.text.PhraseCategory;
import dev.minuku.text.PhraseHit;
import dev.minuku.text.PhraseHits;
import dev.minuku.text.PhraseLexicon;
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
            Salutation.nameless(hits).ifPresent(h -> out.add(Finding.builder(Signal.CONTENT_GENERIC_GREETING)
                    .evidence(EvidenceText.tidy(h.matched(), EvidenceText.MAX_LENGTH))
                    .build()));
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
}
