package dev.minuku.web;

import dev.minuku.web.problem.BusyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many analyses run at once. Analysis is pure CPU work, so more at
 * once than about twice the cores buys no throughput, but each one holds the
 * text of its email several times over (normalized, folded, despaced: a few MB
 * for the largest email the API accepts). Without a bound, a burst of large
 * emails on many connections ran a 160 MB heap out of memory
 * (docs/performance.md); with it, the memory of analyses in flight is bounded.
 * A request that waits longer than {@code minuku.api.analysis-wait} for a slot
 * gets 503 with Retry-After, never a hang.
 */
@ApplicationScoped
public class AnalysisSlots {

    private final Semaphore slots;
    private final Duration wait;

    @Inject
    public AnalysisSlots(@ConfigProperty(name = "minuku.api.max-concurrent-analyses", defaultValue = "0") int configured,
            @ConfigProperty(name = "minuku.api.analysis-wait", defaultValue = "10s") Duration wait) {
        int permits = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(permits);
        this.wait = wait;
    }

    /** Runs the analysis in a slot, waiting for one up to the configured time. */
    public <T> T run(Supplier<T> analysis) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("Too many emails are being analysed at once; try again in a moment.", 1);
        }
        try {
            return analysis.get();
        } finally {
            slots.release();
        }
    }

    int available() {
        return slots.availablePermits();
    }
}
