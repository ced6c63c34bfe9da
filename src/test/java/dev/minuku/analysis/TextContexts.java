package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import java.util.List;

/** Prepared analysis contexts for rule tests, the way the engine prepares them. */
final class TextContexts {

    private static final BrandRegistry DEFAULT_REGISTRY = BrandRegistry.loadDefault();
    private static final Analyzer DEFAULT_PREPARER = new Analyzer(DEFAULT_REGISTRY, List.of(), ScoringPolicy.loadDefault());

    private TextContexts() {
    }

    static BrandRegistry defaultRegistry() {
        return DEFAULT_REGISTRY;
    }

    static AnalysisContext prepare(EmailMessage message) {
        return DEFAULT_PREPARER.prepare(message, CommunityLookup.NONE);
    }

    static AnalysisContext prepare(EmailMessage message, BrandRegistry registry) {
        return new Analyzer(registry, List.of(), ScoringPolicy.loadDefault()).prepare(message, CommunityLookup.NONE);
    }

    /** Findings of one signal from a rule. */
    static List<Finding> findings(Rule rule, AnalysisContext ctx, Signal signal) {
        return rule.evaluate(ctx).stream().filter(f -> f.signal() == signal).toList();
    }
}
