package dev.minuku.reports.service;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.Report;
import dev.minuku.reports.ReportsConfig;
import dev.minuku.reports.store.DomainCounterRepository;
import dev.minuku.reports.store.DomainReporterRepository;
import dev.minuku.reports.store.ReportDayRepository;
import dev.minuku.reports.store.ReportRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Removes reports older than the retention period and recounts the domains
 * they touched, so that counters always equal what the remaining reports say.
 * Also keeps the official-domain marks in step with the brand registry.
 */
@ApplicationScoped
public class ReportPurge {

    private static final Logger LOG = Logger.getLogger(ReportPurge.class);
    private static final int MARK_PAGE = 2000;

    private final ReportRepository reports;
    private final DomainReporterRepository reporters;
    private final DomainCounterRepository counters;
    private final ReportDayRepository days;
    private final BrandRegistry brands;
    private final CommunityCounts lookup;
    private final ReportsConfig config;
    private final ManagedExecutor executor;

    public ReportPurge(ReportRepository reports, DomainReporterRepository reporters, DomainCounterRepository counters,
            ReportDayRepository days, BrandRegistry brands, CommunityCounts lookup, ReportsConfig config,
            ManagedExecutor executor) {
        this.reports = reports;
        this.reporters = reporters;
        this.counters = counters;
        this.days = days;
        this.brands = brands;
        this.lookup = lookup;
        this.config = config;
        this.executor = executor;
    }

    @Scheduled(identity = "report-purge", every = "{minuku.reports.purge.every}",
            delayed = "{minuku.reports.purge.delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int removed = purgeOlderThan(Instant.now().minus(Duration.ofDays(config.retentionDays())));
            int marked = refreshOfficialMarks();
            LOG.infof("report purge: %d reports older than %d days removed, %d official marks changed",
                    removed, config.retentionDays(), marked);
        } catch (RuntimeException e) {
            LOG.warnf("report purge failed, will try again: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * Refreshes the marks in the background: with a million reports it walks tens of
     * thousands of counters (5 s on the benchmark machine), which readiness need not
     * wait for, since reads ask the registry again anyway.
     */
    void onStart(@Observes StartupEvent event) {
        executor.execute(() -> {
            try {
                refreshOfficialMarks();
            } catch (RuntimeException e) {
                LOG.warnf("official marks not refreshed at startup: %s", e.getClass().getSimpleName());
            }
        });
    }

    /** Removes every report created before the cutoff, batch by batch; returns how many. */
    public int purgeOlderThan(Instant cutoff) {
        int batch = Math.max(1, config.purge().batchSize());
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> purgeBatch(cutoff, batch));
            total += n;
        } while (n == batch);
        LocalDate cutoffDay = LocalDate.ofInstant(cutoff, config.dayZone());
        QuarkusTransaction.requiringNew().run(() -> {
            reports.keepReportsOut();
            days.purgeBefore(cutoffDay, cutoffDay.atStartOfDay(config.dayZone()).toInstant(),
                    cutoffDay.plusDays(1).atStartOfDay(config.dayZone()).toInstant());
        });
        if (total > 0) {
            lookup.forgetAll();
        }
        return total;
    }

    private int purgeBatch(Instant cutoff, int batch) {
        reports.keepReportsOut();
        List<Report> old = reports.olderThan(cutoff, batch);
        if (old.isEmpty()) {
            return 0;
        }
        Set<String> touched = new TreeSet<>();
        for (Report r : old) {
            touched.add(r.senderDomain);
            if (!r.linkDomains.isEmpty()) {
                touched.addAll(Arrays.asList(r.linkDomains.split(" ")));
            }
        }
        reports.deleteByIds(old.stream().map(r -> r.id).toList());
        reporters.rebuild(touched);
        counters.recount(touched);
        return old.size();
    }

    /** Sets or clears each counter's brand from the current registry; returns how many changed. */
    public int refreshOfficialMarks() {
        int changed = 0;
        String after = "";
        while (true) {
            String from = after;
            List<Object[]> page = QuarkusTransaction.requiringNew().call(() -> counters.officialMarks(from, MARK_PAGE));
            if (page.isEmpty()) {
                return changed;
            }
            Map<String, String> updates = new HashMap<>();
            for (Object[] row : page) {
                String domain = (String) row[0];
                String stored = (String) row[1];
                String current = brands.ownerOf(domain).map(Brand::id).orElse("");
                if (!Objects.equals(stored, current)) {
                    updates.put(domain, current);
                }
            }
            if (!updates.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> counters.markOfficial(updates));
                changed += updates.size();
            }
            after = (String) page.get(page.size() - 1)[0];
            if (page.size() < MARK_PAGE) {
                return changed;
            }
        }
    }
}
