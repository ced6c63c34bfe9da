package dev.minuku.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Crowd-report settings ({@code minuku.reports.*}); every key can come from the environment (docs/reports.md). */
@ConfigMapping(prefix = "minuku.reports")
public interface ReportsConfig {

    /**
     * Key of the HMAC that turns reporter ids into the stored hash (env MINUKU_REPORTS_REPORTER_KEY).
     * Required in production; changing it makes every reporter count anew.
     */
    Optional<String> reporterKey();

    /** Distinct reporters from which a domain is listed and becomes an /analyze finding. */
    @WithDefault("2")
    int minReporters();

    /** Reports older than this many days are purged. */
    @WithDefault("365")
    int retentionDays();

    /** Time zone of the days in the daily chart. */
    @WithDefault("Asia/Tokyo")
    ZoneId dayZone();

    /**
     * How long one community list (per days and limit) is served again before it is
     * read anew; 0s reads it every time. Lists change slowly and are read often.
     */
    @WithDefault("2s")
    Duration listCacheTtl();

    Purge purge();

    Rate rate();

    Lookup lookup();

    interface Purge {
        /** How often the purge runs (a duration such as 6h, or "off"); read by the scheduler. */
        @WithDefault("6h")
        String every();

        /** Wait after startup before the first purge. */
        @WithDefault("5m")
        String delay();

        /** Rows deleted per transaction, so a large purge never holds locks for long. */
        @WithDefault("1000")
        int batchSize();
    }

    interface Rate {
        /** Reports one reporter may send per period. */
        Limit reporter();

        /** Reports one client address (an IPv6 /64) may send per period. */
        Limit client();

        /** Reporters and addresses tracked at most; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int maxTracked();
    }

    interface Limit {
        int limit();

        Duration period();
    }

    interface Lookup {
        /** How long /analyze reuses a domain's counts. */
        @WithDefault("10s")
        Duration cacheTtl();

        /** After the database failed once, /analyze skips it for this long instead of waiting on it each time. */
        @WithDefault("5s")
        Duration retryAfter();

        /** Longest time the counts query may take. */
        @WithDefault("1s")
        Duration queryTimeout();
    }
}
