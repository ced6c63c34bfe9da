package dev.minuku.reports.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.minuku.analysis.CommunityLookup;
import dev.minuku.reports.DomainCounter;
import dev.minuku.reports.ReportsConfig;
import dev.minuku.reports.store.DomainCounterRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * What /analyze learns from the crowd: one indexed read of the counter table
 * for the domains it does not hold yet, each answer kept a few seconds. When
 * the database fails, it is left alone for a while (a simple circuit breaker)
 * so that a down database costs /analyze nothing but the community data.
 */
@ApplicationScoped
public class CommunityCounts implements CommunityLookup {

    private static final Logger LOG = Logger.getLogger(CommunityCounts.class);

    /** Reporters of a domain as sender and as link target. */
    record Counts(int sender, int link) {
        static final Counts NONE = new Counts(0, 0);
    }

    private final DomainCounterRepository counters;
    private final ReportsConfig config;
    private final Cache<String, Counts> cache;
    /** Set when the database failed; until retryAt (System.nanoTime) it is not asked again. */
    private volatile boolean tripped;
    private volatile long retryAt;

    public CommunityCounts(DomainCounterRepository counters, ReportsConfig config) {
        this.counters = counters;
        this.config = config;
        this.cache = Caffeine.newBuilder().maximumSize(50_000)
                .expireAfterWrite(config.lookup().cacheTtl().toNanos(), TimeUnit.NANOSECONDS).build();
    }

    @Override
    public Map<String, Integer> reportersByDomain(Collection<String> registrableDomains) throws CommunityUnavailableException {
        Map<String, Counts> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String d : registrableDomains) {
            if (d == null || d.isEmpty() || found.containsKey(d)) {
                continue;
            }
            Counts c = cache.getIfPresent(d);
            if (c == null) {
                missing.add(d);
            } else {
                found.put(d, c);
            }
        }
        if (!missing.isEmpty()) {
            if (tripped && System.nanoTime() - retryAt < 0) {
                throw new CommunityUnavailableException("report store recently unreachable", null);
            }
            try {
                List<DomainCounter> rows = QuarkusTransaction.joiningExisting()
                        .call(() -> counters.forDomains(missing, config.lookup().queryTimeout()));
                for (String d : missing) {
                    found.put(d, Counts.NONE);
                }
                for (DomainCounter row : rows) {
                    found.put(row.domain, new Counts(row.reporters, row.linkReporters));
                }
                for (String d : missing) {
                    cache.put(d, found.get(d));
                }
                tripped = false;
            } catch (RuntimeException e) {
                retryAt = System.nanoTime() + config.lookup().retryAfter().toNanos();
                tripped = true;
                LOG.warnf("community counts unavailable for %s: %s", config.lookup().retryAfter(),
                        e.getClass().getSimpleName());
                throw new CommunityUnavailableException("report store unreachable", e);
            }
        }
        Map<String, Integer> answer = new HashMap<>();
        found.forEach((domain, c) -> {
            if (c.sender() > 0) {
                answer.put(domain, c.sender());
            }
            if (c.link() > 0) {
                answer.put(CommunityLookup.linkKey(domain), c.link());
            }
        });
        return answer;
    }

    @Override
    public int findingThreshold() {
        return config.minReporters();
    }

    /** Drops cached counts of these domains, after a report changed them. */
    public void forget(Collection<String> domains) {
        cache.invalidateAll(domains);
    }

    /** Drops every cached count (after a purge). */
    public void forgetAll() {
        cache.invalidateAll();
    }
}
