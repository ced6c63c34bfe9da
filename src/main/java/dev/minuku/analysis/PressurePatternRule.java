package dev.minuku.analysis;

import dev.minuku.text.EvidenceText;
import dev.minuku.text.PhraseCategory;
import dev.minuku.text.PhraseHit;
import dev.minuku.text.PhraseHits;
import dev.minuku.text.PhraseLexicon;
import java.util.List;

/**
 * The scam script as a whole (a composite, like Rspamd's composite symbols): a
 * problem notice (account, payment, parcel, prize, verification), a request to
 * act through the mail, and pressure (a deadline or a threat) together. Each
 * part alone is ordinary in genuine mail; all three at once are the shape of
 * phishing. Still words: it can make a mail suspicious, never a scam.
 */
final class PressurePatternRule implements Rule {

    private final PhraseLexicon lexicon;

    PressurePatternRule(PhraseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "pressure-pattern";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        if (!ctx.notice().isNotice()) {
            return List.of();
        }
        PhraseHits hits = ctx.text().phrases(lexicon);
        boolean asksToAct = ctx.notice().callToAction() || hits.any(PhraseCategory.CREDENTIAL_REQUEST)
                || hits.any(PhraseCategory.PAYMENT_REQUEST);
        if (!asksToAct) {
            return List.of();
        }
        List<PhraseHit> deadline = hits.outsideFooters(PhraseCategory.DEADLINE);
        List<PhraseHit> threat = hits.outsideFooters(PhraseCategory.THREAT);
        if (deadline.isEmpty() && threat.isEmpty()) {
            return List.of();
        }
        PhraseHit pressure = !deadline.isEmpty() ? deadline.get(0) : threat.get(0);
        return List.of(Finding.builder(Signal.CONTENT_PRESSURE_PATTERN)
                .evidence(EvidenceText.tidy(pressure.evidence(), EvidenceText.MAX_LENGTH))
                .build());
    }
}
