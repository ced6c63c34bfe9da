package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Scoring is configuration, not rule code: weights count once per signal, groups
// are capped, and words alone can never make a scam.
class ScoringPolicyTest {

    private final ScoringPolicy policy = ScoringPolicy.loadDefault();

    private static Finding f(Signal s) {
        return Finding.of(s, "x");
    }

    @Test
    void noFindingsIsSafeWithTheLowestDanger() {
        ScoringPolicy.Score s = policy.score(List.of());
        assertEquals(Verdict.SAFE, s.verdict());
        assertEquals(0, s.score());
        assertEquals(1, s.danger());
    }

    @Test
    void wordsAloneStaySuspiciousHoweverMany() {
        List<Finding> words = new ArrayList<>();
        for (Signal s : Signal.values()) {
            if (s.group() == SignalGroup.CONTENT) {
                words.add(f(s));
            }
        }
        ScoringPolicy.Score s = policy.score(words);
        assertEquals(Verdict.SUSPICIOUS, s.verdict());
        assertTrue(s.score() < 60, "content is capped below the scam line: " + s.score());
    }

    @Test
    void senderAndLinkEvidenceWithWordsMakeAScam() {
        ScoringPolicy.Score s = policy.score(List.of(f(Signal.SENDER_LOOKALIKE_DOMAIN), f(Signal.LINK_LOOKALIKE_DOMAIN),
                f(Signal.CONTENT_THREAT), f(Signal.CONTENT_DEADLINE)));
        assertEquals(Verdict.SCAM, s.verdict());
        assertTrue(s.danger() >= 4, "danger " + s.danger());
    }

    @Test
    void theSameSignalOnManyLinksCountsOnce() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(Finding.builder(Signal.LINK_ABUSED_TLD).link(i).build());
        }
        assertEquals(policy.score(List.of(many.get(0))).score(), policy.score(many).score());
    }

    @Test
    void reassuranceClearsWordsButNotHardEvidence() {
        ScoringPolicy.Score words = policy.score(List.of(f(Signal.OFFICIAL_SENDER_AND_LINKS),
                f(Signal.CONTENT_PAYMENT_REQUEST), f(Signal.CONTENT_THREAT)));
        assertEquals(Verdict.SAFE, words.verdict());
        ScoringPolicy.Score hard = policy.score(List.of(f(Signal.OFFICIAL_SENDER_AND_LINKS),
                f(Signal.LINK_LOOKALIKE_DOMAIN), f(Signal.LINK_TEXT_HOST_MISMATCH), f(Signal.CONTENT_THREAT)));
        assertTrue(hard.verdict() != Verdict.SAFE, "reassurance is capped and cannot hide a lookalike link");
    }

    @Test
    void scoreAndDangerRiseTogether() {
        int lastScore = -1;
        int lastDanger = 0;
        Signal[] ladder = {Signal.CONTENT_GENERIC_GREETING, Signal.CONTENT_THREAT, Signal.SENDER_BRAND_MISMATCH,
            Signal.LINK_NOT_OFFICIAL, Signal.LINK_LOOKALIKE_DOMAIN};
        List<Finding> findings = new ArrayList<>();
        for (Signal s : ladder) {
            findings.add(f(s));
            ScoringPolicy.Score score = policy.score(findings);
            assertTrue(score.score() >= lastScore && score.danger() >= lastDanger);
            lastScore = score.score();
            lastDanger = score.danger();
        }
        assertEquals(5, lastDanger);
    }

    @Test
    void weightsComeFromTheScoringFile() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("weight.CONTENT_THREAT", "3");
        ScoringPolicy custom = ScoringPolicy.fromProperties(p);
        assertEquals(3, custom.weight(Signal.CONTENT_THREAT));
        assertEquals(Signal.CONTENT_DEADLINE.defaultWeight(), custom.weight(Signal.CONTENT_DEADLINE));
    }

    @Test
    void confidenceScalesAFindingsWeight() {
        Finding half = new Finding(Signal.SENDER_BRAND_MISMATCH, 0.5, "x", Map.of(), -1);
        assertEquals(policy.weight(Signal.SENDER_BRAND_MISMATCH) / 2.0, policy.contribution(half), 0.001);
    }
}
