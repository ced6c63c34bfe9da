package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// One failing rule yields an engine-error finding; the others still count,
// and a community store that cannot answer leaves the analysis standing.
class AnalyzerGuardTest {

    private static final BrandRegistry BRANDS = BrandRegistry.loadDefault();

    private static EmailMessage mail() {
        return new EmailMessage(new EmailMessage.Sender("x", "a@example.com"), null, null, "s", "b", List.of(), Map.of());
    }

    private static Rule fixed(Signal s) {
        return new Rule() {
            public String id() {
                return "fixed";
            }

            public List<Finding> evaluate(AnalysisContext c) {
                return List.of(Finding.of(s, "e"));
            }
        };
    }

    @Test
    void aThrowingRuleBecomesAnEngineErrorFindingAndOthersStillCount() {
        Rule broken = new Rule() {
            public String id() {
                return "broken-rule";
            }

            public List<Finding> evaluate(AnalysisContext c) {
                throw new IllegalStateException("boom");
            }
        };
        Analyzer analyzer = new Analyzer(BRANDS, List.of(broken, fixed(Signal.CONTENT_THREAT)), ScoringPolicy.loadDefault());
        AnalysisResult r = analyzer.analyze(mail(), Explainer.ENGLISH);
        assertTrue(r.has(Signal.ENGINE_RULE_ERROR));
        assertTrue(r.has(Signal.CONTENT_THREAT));
        assertEquals("broken-rule", r.findings().stream().filter(f -> f.code().equals("ENGINE_RULE_ERROR"))
                .findFirst().orElseThrow().evidence());
        assertFalse(r.findings().stream().anyMatch(f -> f.message().contains("boom")), "no exception text reaches the reader");
    }

    @Test
    void anUnavailableCommunityStoreIsSaidAndTheAnalysisGoesOn() {
        CommunityLookup down = domains -> {
            throw new CommunityLookup.CommunityUnavailableException("down", null);
        };
        Analyzer analyzer = new Analyzer(BRANDS, List.of(fixed(Signal.CONTENT_THREAT)), ScoringPolicy.loadDefault());
        AnalysisResult r = analyzer.analyze(mail(), Explainer.JAPANESE, down);
        assertFalse(r.communityAvailable());
        assertTrue(r.has(Signal.COMMUNITY_UNAVAILABLE));
        assertTrue(r.has(Signal.CONTENT_THREAT));
    }

    @Test
    void communityCountsReachTheSenderView() {
        CommunityLookup counts = domains -> Map.of("example.com", 4);
        Analyzer analyzer = new Analyzer(BRANDS, List.of(), ScoringPolicy.loadDefault());
        assertEquals(4, analyzer.analyze(mail(), Explainer.JAPANESE, counts).sender().communityReports());
    }
}
