package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import java.util.List;

/** Builds the analysis context rules see, exactly as the engine prepares it (no community data). */
final class Contexts {

    private Contexts() {
    }

    static AnalysisContext of(EmailMessage message, BrandRegistry registry) {
        return new Analyzer(registry, List.of(), ScoringPolicy.loadDefault()).prepare(message, CommunityLookup.NONE);
    }

    /** amazon, apple and mercari from the shipped registry: stable while the registry grows. */
    static BrandRegistry threeBrands() {
        return new BrandRegistry(BrandRegistry.loadDefault().all().stream()
                .filter(b -> List.of("amazon", "apple", "mercari").contains(b.id())).toList());
    }
}
