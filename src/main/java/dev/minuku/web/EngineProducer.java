package dev.minuku.web;

import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.CommunityLookup;
import dev.minuku.brands.BrandRegistry;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The engine is a plain library; this makes one instance of it for the service, built at startup. */
@ApplicationScoped
public class EngineProducer {

    /** The engine being built since {@link MinukuMain} started it, or null (tests, dev mode). */
    private static volatile CompletableFuture<Analyzer> early;

    /** Starts building the engine on its own thread; the producer below then only waits for it. */
    static void startBuilding() {
        early = CompletableFuture.supplyAsync(Analyzer::withDefaults,
                r -> {
                    Thread t = new Thread(r, "minuku-engine-build");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** Built at startup (registry, lexicons, rules), so that no request pays for it. */
    @Produces
    @Singleton
    @Startup
    Analyzer analyzer() {
        CompletableFuture<Analyzer> building = early;
        early = null;
        if (building == null) {
            return Analyzer.withDefaults();
        }
        try {
            return building.join();
        } catch (CompletionException e) {
            // Fail startup with the engine's own error, as a synchronous build would.
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
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
