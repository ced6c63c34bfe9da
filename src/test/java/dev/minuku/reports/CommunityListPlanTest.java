package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.store.DomainCounterRepository;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: the community list is read from the counter table; the query the API
// runs never touches (let alone groups) the raw report table, whatever its size.
@QuarkusTest
class CommunityListPlanTest {

    /** How EXPLAIN VERBOSE names a scan of the raw table (report_day and others do not match). */
    private static final Pattern REPORT_TABLE = Pattern.compile("on public\\.report\\b");

    @Inject
    ReportsDb db;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    @Test
    void listQueryPlanUsesCounterTable() {
        for (int i = 0; i < 30; i++) {
            given().contentType("application/json")
                    .body(report(reporter("plan" + i), "x@plan-domain-" + (i % 6) + ".com", "subject " + i))
                    .when().post("/api/v1/reports").then().statusCode(201);
        }
        db.update("analyze report");
        db.update("analyze domain_counter");
        String sql = DomainCounterRepository.LIST_SQL
                .replace(":minReporters", "2")
                .replace(":since", "now() - interval '30 days'")
                .replace(":limit", "50");
        String plan = String.join("\n", db.query("explain (costs off, verbose) " + sql));

        assertTrue(plan.contains("on public.domain_counter"), plan);
        assertFalse(REPORT_TABLE.matcher(plan).find(), "the list reads the raw report table:\n" + plan);
        assertFalse(plan.contains("Aggregate"), "the list groups rows on each request:\n" + plan);
    }
}
