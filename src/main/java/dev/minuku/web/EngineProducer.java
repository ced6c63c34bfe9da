package dev.minuku.web;

import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.CommunityLookup;
import dev.minuku.brands.BrandRegistry;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The engine is a plain library; this makes one instance of it for the service, built at startup. */
@ApplicationScoped
public class EngineProducer {

    /** Built at startup (registry, lexicons, rules), so that no request pays for it. */
    @Produces
    @Singleton
    @Startup
    Analyzer analyzer() {
        return Analyzer.withDefaults();
    }

    @Produces
    @Singleton
    BrandRegistry brandRegistry(Analyzer analyzer) {
        return analyzer.brands();
    }

    /** Without the reports feature, analysis runs without community data. */
    @Produces
    @Singleton
    @DefaultBean
    CommunityLookup noCommunity() {
        return CommunityLookup.NONE;
    }
}
