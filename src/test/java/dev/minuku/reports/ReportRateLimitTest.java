package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: a reporter, and a client address, that send too many reports get 429
// with Retry-After and a problem body; what was stored before stays, and nothing is counted twice.
@QuarkusTest
@TestProfile(ReportRateLimitTest.SmallLimits.class)
class ReportRateLimitTest {

    /** Three reports per reporter and five per address per hour. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "minuku.reports.rate.reporter.limit", "3",
                    "minuku.reports.rate.reporter.period", "1h",
                    "minuku.reports.rate.client.limit", "5",
                    "minuku.reports.rate.client.period", "1h");
        }
    }

    @Inject
    ReportsDb db;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    private static ValidatableResponse post(String who, String subject) {
        return given().contentType("application/json").body(report(reporter(who), "x@flood-target.com", subject))
                .when().post("/api/v1/reports").then();
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() {
        post("flooder", "one").statusCode(201);
        post("flooder", "two").statusCode(201);
        post("flooder", "three").statusCode(201);
        String retryAfter = post("flooder", "four").statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", containsString("rate-limited"))
                .body("detail", containsString("reporter"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 3600, "Retry-After " + retryAfter);

        // The address has one report left (four were taken, one was refused by the reporter limit).
        post("second", "five").statusCode(201).body("communityReports", equalTo(2));
        post("third", "six").statusCode(429).body("detail", containsString("address"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());

        // Stored reports are all there, refused ones left no trace.
        assertEquals(4, db.count("select count(*) from report"));
        given().when().get("/api/v1/community/domains/flood-target.com").then().statusCode(200)
                .body("reports", equalTo(4))
                .body("reporters", equalTo(2));
    }
}
