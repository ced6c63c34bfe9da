package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.service.ReportPurge;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: the purge deletes reports older than the retention period and leaves
// every counter (reports, distinct reporters, link reporters, first/last seen, samples, daily
// counts) equal to what the remaining reports say.
@QuarkusTest
class ReportPurgeTest {

    @Inject
    ReportsDb db;

    @Inject
    ReportPurge purge;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    private static void post(Map<String, Object> body) {
        given().contentType("application/json").body(body).when().post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void purgeKeepsCountersRight() {
        // Old reports (their subject starts with "old") are moved 400 days back below.
        post(report(reporter("r1"), "a@a-purge.com", "old notice A", "https://c-link.com/old"));
        post(report(reporter("r4"), "a@a-purge.com", "old notice A4"));
        post(report(reporter("r1"), "b@b-purge.com", "old notice B"));
        post(report(reporter("r2"), "a@a-purge.com", "recent notice A"));
        post(report(reporter("r4"), "a@a-purge.com", "recent notice A4"));
        post(report(reporter("r3"), "d@d-other.com", "recent notice D", "https://www.c-link.com/new"));

        db.inTransaction(
                "update report set created_at = now() - interval '400 days' where subject like 'old%'",
                "update domain_counter set first_seen = now() - interval '400 days' where domain in ('a-purge.com', 'b-purge.com')",
                "update domain_counter set last_seen = now() - interval '400 days' where domain = 'b-purge.com'",
                // Today's count (spread over slots) loses the 3 old reports: one slot keeps the rest.
                "update report_day set reports = case when slot = (select min(slot) from report_day)"
                        + " then (select sum(reports) from report_day) - 3 else 0 end",
                "insert into report_day (day, kind, reports) values (current_date - 400, 'scam', 3)");
        given().when().get("/api/v1/community/domains/a-purge.com").then().statusCode(200)
                .body("reports", equalTo(4)).body("reporters", equalTo(3));

        int removed = purge.purgeOlderThan(Instant.now().minus(Duration.ofDays(365)));
        assertEquals(3, removed);

        // r1's only report on a-purge.com is gone; r4 still counts through the recent one.
        given().when().get("/api/v1/community/domains/a-purge.com").then().statusCode(200)
                .body("reports", equalTo(2))
                .body("reporters", equalTo(2))
                .body("sampleSubjects", contains("recent notice A4", "recent notice A"));
        Instant firstSeen = Instant.parse(given().when().get("/api/v1/community/domains/a-purge.com").then()
                .extract().path("firstSeen"));
        assertTrue(firstSeen.isAfter(Instant.now().minus(Duration.ofDays(1))), "firstSeen " + firstSeen);
        // Nobody reported b-purge.com within the retention period any more.
        given().when().get("/api/v1/community/domains/b-purge.com").then().statusCode(404);
        assertEquals(0, db.count("select count(*) from domain_counter where domain = 'b-purge.com'"));
        assertEquals(1, db.count("select link_reporters from domain_counter where domain = 'c-link.com'"));
        // Daily counts: the old day is gone, today still counts its reports.
        assertEquals(0, db.count("select count(*) from report_day where day < current_date - 300"));
        assertEquals(3, db.count("select sum(reports) from report_day"));

        assertCountersMatchReports();
        assertEquals(0, purge.purgeOlderThan(Instant.now().minus(Duration.ofDays(365))), "a second purge finds nothing");
        assertCountersMatchReports();
    }

    /** Every counter equals a count made from scratch from the reports that remain. */
    private void assertCountersMatchReports() {
        long wrong = db.count("""
                select count(*) from domain_counter c
                 where c.reports <> (select count(*) from report r where r.sender_domain = c.domain and r.kind = 'scam')
                    or c.reporters <> (select count(distinct r.reporter_hash) from report r
                                        where r.sender_domain = c.domain and r.kind = 'scam')
                    or c.link_reporters <> (select count(distinct r.reporter_hash) from report r
                                        where r.kind = 'scam' and c.domain = any(string_to_array(r.link_domains, ' ')))
                    or c.first_seen is distinct from (select min(created_at) from report r
                                        where r.sender_domain = c.domain and r.kind = 'scam')
                """);
        assertEquals(0, wrong, "counters that disagree with the reports:\n" + db.dumpAll());
        assertEquals(db.count("select count(*) from report"), db.count("select coalesce(sum(reports), 0) from report_day"));
    }
}
