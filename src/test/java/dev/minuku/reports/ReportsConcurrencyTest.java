package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: identical reports sent at the same moment (a double click, a retrying
// client, or someone trying to inflate a count) make one stored report and one count; many
// different reports at once (scam and not-scam, shared senders and links, reporters reporting
// twice) leave every counter, reporter set and daily count equal to a count made from scratch.
@QuarkusTest
class ReportsConcurrencyTest {

    private static final int PARALLEL = 100;

    @Inject
    ReportsDb db;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    @Test
    void hundredParallelIdenticalReportsMakeOneRow() throws Exception {
        Map<String, Object> body = report(reporter("parallel"), "security@account-verify-center.com",
                "Unusual sign-in detected", "https://login.account-verify-center.com/session");
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().contentType("application/json").body(body).when().post("/api/v1/reports");
                }));
            }
            start.countDown();
            int created = 0;
            int repeated = 0;
            Set<String> ids = new HashSet<>();
            for (Future<Response> call : calls) {
                Response r = call.get(120, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    created++;
                } else if (r.statusCode() == 200) {
                    repeated++;
                }
                ids.add(r.path("id"));
            }
            assertEquals(1, created, "exactly one request creates the report");
            assertEquals(PARALLEL - 1, repeated, "every other request is told it is a repeat");
            assertEquals(1, ids.size(), "all answers carry the same id: " + ids);
            assertTrue(ids.iterator().next() != null);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, db.count("select count(*) from report"));
        assertEquals(1, db.count("select count(*) from domain_reporter where role = 'sender'"));
        assertEquals(1, db.count("select sum(reports) from report_day"));
        given().when().get("/api/v1/community/domains/account-verify-center.com").then().statusCode(200)
                .body("reports", equalTo(1))
                .body("reporters", equalTo(1))
                .body("linkReporters", equalTo(1));
    }

    @Test
    void manyDifferentReportsAtOnceLeaveCountersEqualToARecount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    start.await();
                    // 40 reporters over 300 reports: most report several times, some the same sender twice.
                    Map<String, Object> body = report(reporter("mixed-" + (n % 40)), "billing@mixed-" + (n % 7) + ".com",
                            "請求 " + (n % 11), "https://pay.mixed-link-" + (n % 5) + ".com/" + n,
                            "https://mixed-" + ((n + 3) % 7) + ".com/x");
                    if (n % 9 == 0) {
                        body.put("kind", "not-scam");
                    }
                    return given().contentType("application/json").body(body).when().post("/api/v1/reports").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> call : calls) {
                int status = call.get(120, TimeUnit.SECONDS);
                assertTrue(status == 201 || status == 200, "status " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        long wrong = db.count("""
                select count(*) from domain_counter c
                 where c.reports <> (select count(*) from report r where r.sender_domain = c.domain and r.kind = 'scam')
                    or c.not_scam_reports <> (select count(*) from report r
                                               where r.sender_domain = c.domain and r.kind = 'not-scam')
                    or c.reporters <> (select count(distinct r.reporter_hash) from report r
                                        where r.sender_domain = c.domain and r.kind = 'scam')
                    or c.not_scam_reporters <> (select count(distinct r.reporter_hash) from report r
                                                 where r.sender_domain = c.domain and r.kind = 'not-scam')
                    or c.link_reporters <> (select count(distinct r.reporter_hash) from report r
                                             where r.kind = 'scam' and c.domain = any(string_to_array(r.link_domains, ' ')))
                    or c.first_seen is distinct from (select min(created_at) from report r
                                                       where r.sender_domain = c.domain and r.kind = 'scam')
                    or c.last_seen is distinct from (select max(created_at) from report r
                                                      where r.sender_domain = c.domain and r.kind = 'scam')
                """);
        assertEquals(0, wrong, "counters that disagree with the reports:\n" + db.dumpAll());
        assertEquals(db.count("select count(*) from report"), db.count("select sum(reports) from report_day"));
        assertTrue(db.count("select count(*) from report") > 100, "most reports were new");
        // Samples: at most three, distinct, each a subject the domain was reported with.
        for (String samples : db.query("select sample_subjects from domain_counter where reports > 0")) {
            List<String> list = List.of(samples.split("\n"));
            assertTrue(list.size() <= 3 && Set.copyOf(list).size() == list.size(), "samples " + list);
            assertTrue(list.stream().allMatch(x -> x.startsWith("請求 ")), "samples " + list);
        }
    }
}
