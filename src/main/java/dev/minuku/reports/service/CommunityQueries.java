package dev.minuku.reports.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.DomainCounter;
import dev.minuku.reports.Report;
import dev.minuku.reports.ReportDay;
import dev.minuku.reports.ReportsConfig;
import dev.minuku.reports.store.DomainCounterRepository;
import dev.minuku.reports.store.ReportDayRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Reads for the community list, one domain's entry and the page's chart, all
 * from the counter tables. Official domains are never listed as scam domains:
 * they come back apart, marked with their brand.
 */
@ApplicationScoped
public class CommunityQueries {

    /**
     * @param listed  domains reported by at least the configured number of reporters, most first
     * @param spoofed official domains that reporters saw forged, with their brand
     */
    public record Listing(List<DomainReports> listed, List<DomainReports> spoofed) {
    }

    /** Reports per day, oldest first, every day present (zero when none). */
    public record DayCount(LocalDate day, int reports) {
    }

    private final DomainCounterRepository counters;
    private final ReportDayRepository days;
    private final BrandRegistry brands;
    private final ReportsConfig config;
    /**
     * Domains held by the list cache at most, over all its lists. The lists that
     * people ask for are a few (the extension's and the page's); every other
     * {@code days} and {@code limit} is asked for once and would only fill the
     * heap: with room for 1,000 lists (of up to twice {@code limit} domains),
     * 1,000 such requests a second kept about 30 MB of lists alive and the heap
     * in full collections (docs/performance.md). Caffeine keeps the lists asked
     * for often.
     */
    static final int LIST_CACHE_DOMAINS = 2_000;

    /** Lists by days and limit, for a couple of seconds (null when the TTL is zero). */
    private final Cache<ListKey, Listing> listings;

    public CommunityQueries(DomainCounterRepository counters, ReportDayRepository days, BrandRegistry brands,
            ReportsConfig config) {
        this.counters = counters;
        this.days = days;
        this.brands = brands;
        this.config = config;
        Duration ttl = config.listCacheTtl();
        this.listings = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(LIST_CACHE_DOMAINS)
                        .weigher((ListKey k, Listing l) -> 1 + l.listed().size() + l.spoofed().size()).build();
    }

    public int minReporters() {
        return config.minReporters();
    }

    /** The same list again within {@code list-cache-ttl}: reading the database on every request was the cost. */
    public Listing list(int lastDays, int limit) {
        if (listings == null) {
            return load(lastDays, limit);
        }
        ListKey key = new ListKey(lastDays, limit);
        Listing cached = listings.getIfPresent(key);
        if (cached == null) {
            cached = load(lastDays, limit);
            listings.put(key, cached);
        }
        return cached;
    }

    private record ListKey(int days, int limit) {
    }

    /** Domains in the cached lists now, each list counting one more (for tests). */
    long cachedListWeight() {
        if (listings == null) {
            return 0;
        }
        listings.cleanUp();
        return listings.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** One statement without a transaction around it (the list is one consistent read anyway). */
    private Listing load(int lastDays, int limit) {
        Instant since = Instant.now().minus(Duration.ofDays(lastDays));
        List<DomainCounter> rows;
        try {
            rows = counters.listedAndSpoofed(config.minReporters(), since, limit);
        } catch (SQLException e) {
            throw StoreFailures.unavailable();
        }
        List<DomainReports> listed = new ArrayList<>();
        List<DomainReports> spoofed = new ArrayList<>();
        // The stored mark can lag behind a registry update until the next refresh: the registry decides.
        for (DomainCounter c : rows) {
            DomainReports d = view(c);
            (d.officialFor() == null ? listed : spoofed).add(d);
        }
        return new Listing(listed.stream().limit(limit).toList(), spoofed.stream().limit(limit).toList());
    }

    /** The domain's entry when anybody reported it as a sender, from one reporter on. */
    public Optional<DomainReports> entry(String domain) {
        return read(() -> Optional.ofNullable(counters.findById(domain))
                .filter(DomainCounter::reportedAsSender)
                .map(this::view));
    }

    /** Scam reports per day over the last {@code n} days, today included. */
    public List<DayCount> lastDays(int n) {
        LocalDate today = LocalDate.now(config.dayZone());
        LocalDate first = today.minusDays(n - 1L);
        return read(() -> {
            Map<LocalDate, Integer> byDay = new HashMap<>();
            for (ReportDay d : days.since(first, Report.SCAM)) {
                byDay.merge(d.day, d.reports, Integer::sum); // a day's count is spread over slots
            }
            return Stream.iterate(first, d -> !d.isAfter(today), d -> d.plusDays(1))
                    .map(d -> new DayCount(d, byDay.getOrDefault(d, 0))).toList();
        });
    }

    private DomainReports view(DomainCounter c) {
        return DomainReports.of(c, brands.ownerOf(c.domain).map(Brand::id).orElse(null));
    }

    private static <T> T read(Callable<T> query) {
        try {
            return QuarkusTransaction.requiringNew().call(query);
        } catch (RuntimeException e) {
            if (StoreFailures.fromStore(e)) {
                throw StoreFailures.unavailable();
            }
            throw e;
        }
    }
}
