package dev.minuku.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minuku.reports.testsupport.PrivateCluster;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

// Behaviour under test: PostgreSQL is stopped (pg_ctl stop -m fast) while reports and
// analyses keep coming, then started again. /analyze answers 200 the whole time; /reports
// answers a 503 problem within 5 s while the database is gone; readiness goes DOWN, then UP
// again by itself. Afterwards every report acknowledged with 2xx is stored, and re-sending
// every report that was refused or cut off stores it exactly once: no report is lost, none
// is counted twice, and the counters agree with the rows.
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnCluster.class)
class DatabaseRestartUnderTrafficTest {

    private static final String[] SENDERS = {"restart-a.com", "restart-b.com", "restart-c.com"};
    private static final long HANG_MILLIS = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    ReportsDb db;

    /** What one request got, and in which phase of the test it was sent. */
    record Outcome(int n, String phase, int status, long sentAt, long doneAt, String contentType, String body) {
        long millis() {
            return (doneAt - sentAt) / 1_000_000;
        }

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String phase = "up";

    @Test
    void reportsAndAnalysesWhileTheDatabaseStopsAndStartsAgain() throws Exception {
        db.clean();
        // First requests pay for class loading and compilation; keep that out of the timings.
        assertEquals(200, send("POST", "api/v1/analyze", analyzeBody(), -1, "warm-up").status());
        assertEquals(201, sendReport(0, "warm-up").status());
        db.clean();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        List<Outcome> reports = new CopyOnWriteArrayList<>();
        List<Outcome> analyses = new CopyOnWriteArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 4; t++) {
            senders.submit(() -> {
                while (running.get()) {
                    reports.add(sendReport(next.incrementAndGet(), phase));
                    pause(20);
                }
                return null;
            });
        }
        for (int t = 0; t < 2; t++) {
            senders.submit(() -> {
                while (running.get()) {
                    analyses.add(send("POST", "api/v1/analyze", analyzeBody(), -1, phase));
                    pause(20);
                }
                return null;
            });
        }

        boolean restarted = false;
        long downAt;
        long startingAt;
        long upAt;
        try {
            Thread.sleep(1500);
            PrivateCluster.down();
            downAt = System.nanoTime();
            phase = "down";
            assertTrue(waitForReadiness(503, Duration.ofSeconds(15)), "readiness turned DOWN with the database stopped");
            Thread.sleep(3000);
            phase = "starting";
            startingAt = System.nanoTime();
            PrivateCluster.up();
            restarted = true;
            assertTrue(waitForReadiness(200, Duration.ofSeconds(30)), "readiness turned UP again by itself");
            upAt = System.nanoTime();
            phase = "back";
            Thread.sleep(1500);
        } finally {
            if (!restarted) {
                PrivateCluster.up();
            }
            running.set(false);
            senders.shutdown();
            assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS), "senders finished");
        }
        long downSeconds = (startingAt - downAt) / 1_000_000_000L;

        // /analyze never failed and never waited on the missing database.
        assertTrue(analyses.stream().anyMatch(o -> o.phase().equals("down")), "analyses were sent while the database was down");
        for (Outcome o : analyses) {
            assertEquals(200, o.status(), "analysis in phase " + o.phase() + ": " + o.body());
            assertTrue(o.millis() < HANG_MILLIS, "analysis took " + o.millis() + " ms in phase " + o.phase());
        }

        // /reports: stored before the stop, a quick 503 problem while down, stored again after.
        assertTrue(count(reports, "up", 201) > 0, "reports were stored before the stop: " + summary(reports));
        assertTrue(count(reports, "down", 503) > 0, "reports were refused while the database was down: " + summary(reports));
        assertTrue(count(reports, "back", 201) > 0, "reports were stored after the restart: " + summary(reports));
        for (Outcome o : reports) {
            assertTrue(o.millis() < HANG_MILLIS, "a report took " + o.millis() + " ms in phase " + o.phase());
            if (o.sentAt() > downAt && o.doneAt() < startingAt) {
                assertEquals(503, o.status(), "report sent and answered while the database was down: " + o.body());
            }
            if (o.status() == 503) {
                assertTrue(o.contentType().startsWith("application/problem+json"), "503 as a problem: " + o.contentType());
                assertTrue(o.body().contains("store-unavailable"), o.body());
            } else {
                assertTrue(o.status() == 201, "a report answered " + o.status() + " in phase " + o.phase() + ": " + o.body());
            }
        }

        // Nothing acknowledged is lost: every 2xx id is a row.
        Map<Integer, String> acknowledged = new TreeMap<>();
        for (Outcome o : reports) {
            if (o.acknowledged()) {
                acknowledged.put(o.n(), id(o));
            }
        }
        Set<String> stored = new HashSet<>(db.query("select id::text from report"));
        for (String id : acknowledged.values()) {
            assertTrue(stored.contains(id), "acknowledged report " + id + " is stored");
        }

        // The refused ones, sent again as a client would: stored once (201), or found (200) when the
        // first attempt did reach the database before the answer was lost.
        for (Outcome o : reports) {
            if (!o.acknowledged()) {
                Outcome again = sendReport(o.n(), "resent");
                assertTrue(again.status() == 201 || again.status() == 200, "resent report " + o.n() + ": " + again.body());
                acknowledged.put(o.n(), id(again));
            }
        }
        for (Outcome o : reports) {
            if (o.acknowledged()) {
                Outcome again = sendReport(o.n(), "repeated");
                assertEquals(200, again.status(), "an acknowledged report sent again is a repeat");
                assertEquals(acknowledged.get(o.n()), id(again), "a repeat answers the first report's id");
            }
        }

        // Exactly one row per report sent, and counters that agree with the rows.
        int sent = reports.size();
        assertEquals(sent, acknowledged.size());
        assertEquals(sent, db.count("select count(*) from report"), "one row per report, none twice");
        assertEquals(Set.copyOf(acknowledged.values()), Set.copyOf(db.query("select id::text from report")));
        for (String domain : SENDERS) {
            long rows = db.count("select count(*) from report where sender_domain = ?", domain);
            assertEquals(rows, db.count("select reports from domain_counter where domain = ?", domain), domain + " reports");
            assertEquals(rows, db.count("select reporters from domain_counter where domain = ?", domain),
                    domain + " reporters (one per report)");
        }
        assertEquals(sent, db.count("select coalesce(sum(reports), 0) from report_day"), "daily counts");
        System.out.printf("restart test: %d reports, %d analyses, database down for about %d s, ready %d ms after"
                + " its start; reports %s; analyses %s%n", sent, analyses.size(), downSeconds,
                (upAt - startingAt) / 1_000_000, summary(reports), summary(analyses));
    }

    private Outcome sendReport(int n, String sentIn) {
        String body = "{\"from\":{\"address\":\"billing@" + SENDERS[n % SENDERS.length] + "\"},"
                + "\"subject\":\"お支払い方法の確認 " + n + "\","
                + "\"links\":[{\"href\":\"https://pay.restart-link.com/" + n + "\",\"text\":\"open\"}],"
                + "\"reporter\":\"restart-reporter-" + n + "-0123456789\"}";
        return send("POST", "api/v1/reports", body, n, sentIn);
    }

    private static String analyzeBody() {
        return "{\"from\":{\"address\":\"billing@restart-a.com\"},\"subject\":\"お支払い\","
                + "\"links\":[{\"href\":\"https://restart-link.com/pay\",\"text\":\"pay\"}]}";
    }

    private Outcome send(String method, String path, String body, int n, String sentIn) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(n, sentIn, response.statusCode(), t0, System.nanoTime(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            return new Outcome(n, sentIn, -1, t0, System.nanoTime(), "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(n, sentIn, -1, t0, t0, "", "interrupted");
        }
    }

    private boolean waitForReadiness(int status, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (send("GET", "q/health/ready", null, -1, phase).status() == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String id(Outcome o) {
        try {
            JsonNode node = JSON.readTree(o.body());
            return node.path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + o.body(), e);
        }
    }

    private static long count(List<Outcome> outcomes, String phase, int status) {
        return outcomes.stream().filter(o -> o.phase().equals(phase) && o.status() == status).count();
    }

    /** Status counts and slowest answer per phase, e.g. {up={201=40, slowest ms=12}, down={503=60, ...}}. */
    private static String summary(List<Outcome> outcomes) {
        Map<String, Map<String, Long>> byPhase = new TreeMap<>();
        for (Outcome o : outcomes) {
            Map<String, Long> m = byPhase.computeIfAbsent(o.phase(), p -> new TreeMap<>());
            m.merge(Integer.toString(o.status()), 1L, Long::sum);
            m.merge("slowest ms", o.millis(), Math::max);
        }
        return byPhase.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
