package dev.minuku.reports.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.hash.Hashing;
import com.google.common.net.InetAddresses;
import dev.minuku.reports.ReportsConfig;
import dev.minuku.web.problem.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.MathType;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LockFreeBucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per reporter (by hash) and per client address. The maps are
 * bounded caches: an attacker with many addresses or ids evicts old buckets
 * instead of exhausting memory. The client address is the connection's peer;
 * X-Forwarded-For counts only when Quarkus is told to trust the proxy
 * (quarkus.http.proxy.*).
 */
@ApplicationScoped
public class ReportRateLimiter {

    private final BucketConfiguration reporterLimit;
    private final BucketConfiguration clientLimit;
    /** By the first 64 bits of the reporter hash (an HMAC): a third of the memory of the hex string. */
    private final Cache<Long, Bucket> reporters;
    private final Cache<String, Bucket> clients;

    public ReportRateLimiter(ReportsConfig config) {
        this.reporterLimit = configuration(config.rate().reporter());
        this.clientLimit = configuration(config.rate().client());
        this.reporters = Caffeine.newBuilder().maximumSize(config.rate().maxTracked())
                .expireAfterAccess(config.rate().reporter().period().toNanos(), TimeUnit.NANOSECONDS).build();
        this.clients = Caffeine.newBuilder().maximumSize(config.rate().maxTracked())
                .expireAfterAccess(config.rate().client().period().toNanos(), TimeUnit.NANOSECONDS).build();
    }

    /** One configuration shared by all buckets of a kind; a bucket keeps only its own state. */
    private static BucketConfiguration configuration(ReportsConfig.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.limit()).refillGreedy(limit.limit(), limit.period()).build())
                .build();
    }

    /** Takes one report from the client's and then the reporter's allowance, or refuses with the time to wait. */
    public void acquire(String clientAddress, String reporterHash) {
        take(clients, clientKey(clientAddress), clientLimit, "Too many reports from this address.");
        take(reporters, reporterKey(reporterHash), reporterLimit, "Too many reports from this reporter.");
    }

    /** The hash's first 64 bits when it is the hex of an HMAC, else the whole text's 64-bit hash. */
    static long reporterKey(String reporterHash) {
        if (reporterHash.length() >= 16) {
            try {
                return Long.parseUnsignedLong(reporterHash, 0, 16, 16);
            } catch (NumberFormatException e) {
                // not hex: fall through
            }
        }
        return Hashing.murmur3_128().hashString(reporterHash, StandardCharsets.UTF_8).asLong();
    }

    private static <K> void take(Cache<K, Bucket> buckets, K key, BucketConfiguration limit, String detail) {
        Bucket bucket = buckets.get(key,
                k -> new LockFreeBucket(limit, MathType.INTEGER_64_BITS, TimeMeter.SYSTEM_MILLISECONDS));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
            throw new RateLimitedException(detail + " Try again in " + Math.max(1, seconds) + " seconds.", seconds);
        }
    }

    /** IPv4 addresses count one by one; IPv6 by /64, the block one subscriber usually gets. */
    static String clientKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (!InetAddresses.isInetAddress(a)) {
            return a;
        }
        InetAddress ip = InetAddresses.forString(a);
        if (ip instanceof Inet6Address) {
            byte[] b = ip.getAddress();
            for (int i = 8; i < 16; i++) {
                b[i] = 0;
            }
            try {
                return InetAddress.getByAddress(b).getHostAddress() + "/64";
            } catch (java.net.UnknownHostException e) {
                return a;
            }
        }
        return ip.getHostAddress();
    }
}
