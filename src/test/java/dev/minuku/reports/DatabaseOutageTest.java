package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.testsupport.PrivateCluster;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Behaviour under test: when the database goes away, /analyze still answers (without community
// data, and says so), /reports and the community API answer 503 problems without hanging,
// readiness reports DOWN; when the database returns, everything works again by itself.
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnCluster.class)
class DatabaseOutageTest {

    /** The service on its own throwaway cluster, which the test stops and starts. */
    public static class OwnCluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minuku.reports.lookup.retry-after", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivateCluster.class));
        }
    }

    private static final String ANALYZE_BODY = "{\"from\":{\"address\":\"billing@outage-sender.com\"},\"subject\":\"お支払い\","
            + "\"links\":[{\"href\":\"https://outage-link.com/pay\",\"text\":\"pay\"}]}";

    private static Response analyze() {
        return given().contentType("application/json").body(ANALYZE_BODY).when().post("/api/v1/analyze");
    }

    private static Response postReport(String who) {
        return given().contentType("application/json")
                .body(report(reporter(who), "billing@outage-sender.com", "お支払い " + who))
                .when().post("/api/v1/reports");
    }

    @Test
    void databaseDownThenUpAgain() throws InterruptedException {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        postReport("before").then().statusCode(201);
        postReport("before-2").then().statusCode(201);

        PrivateCluster.down();
        try {
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

            long t0 = System.nanoTime();
            postReport("during").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("type", containsString("store-unavailable"));
            assertTrue(millisSince(t0) < 8000, "/reports took " + millisSince(t0) + " ms with the database down");

            t0 = System.nanoTime();
            analyze().then().statusCode(200)
                    .body("communityAvailable", equalTo(false))
                    .body("findings.code", hasItem("COMMUNITY_UNAVAILABLE"))
                    .body("sender.communityReports", equalTo(0));
            assertTrue(millisSince(t0) < 5000, "/analyze took " + millisSince(t0) + " ms with the database down");
            // Right after a failure the database is not even asked: no waiting at all.
            t0 = System.nanoTime();
            analyze().then().statusCode(200).body("communityAvailable", equalTo(false));
            assertTrue(millisSince(t0) < 2000, "/analyze took " + millisSince(t0) + " ms the second time");

            given().when().get("/api/v1/community/domains").then().statusCode(503)
                    .contentType("application/problem+json");
            given().when().get("/api/v1/community/domains/outage-sender.com").then().statusCode(503);
            given().when().get("/").then().statusCode(503).body(containsString("現在、報告を読み込めません"));
        } finally {
            PrivateCluster.up();
        }

        String status = "";
        for (int i = 0; i < 60 && !"UP".equals(status); i++) {
            Thread.sleep(500);
            status = given().when().get("/q/health/ready").then().extract().path("status");
        }
        assertEquals("UP", status, "readiness after the database came back");

        postReport("after").then().statusCode(201).body("communityReports", equalTo(3));
        Thread.sleep(1100); // past the lookup's retry-after
        analyze().then().statusCode(200)
                .body("communityAvailable", equalTo(true))
                .body("sender.communityReports", equalTo(3))
                .body("findings.code", hasItem("COMMUNITY_REPORTED_SENDER"))
                .body("findings.code", not(hasItem("COMMUNITY_UNAVAILABLE")));
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
