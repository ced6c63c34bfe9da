package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Behaviour under test: the community list is served again for list-cache-ttl (here 3 s)
// instead of being read from the database on every request, and a newly listed domain
// shows up once that time has passed.
@QuarkusTest
@TestProfile(CommunityListCacheTest.OneSecond.class)
public class CommunityListCacheTest {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minuku.reports.list-cache-ttl", "3s");
        }
    }

    @Inject
    ReportsDb db;

    private static List<String> listed() {
        return given().when().get("/api/v1/community/domains").then().statusCode(200).extract().path("domains.domain");
    }

    @Test
    void theListIsServedAgainUntilItsTimeIsUp() throws InterruptedException {
        db.clean();
        Thread.sleep(3100); // whatever an earlier request left in the cache expires
        long cachedAt = System.nanoTime();
        given().when().get("/api/v1/community/domains").then().body("domains.domain", not(hasItem("cached-list.com")));
        for (String who : List.of("a", "b")) {
            given().contentType("application/json").body(report(reporter("cache-" + who), "billing@cached-list.com", "請求 " + who))
                    .when().post("/api/v1/reports").then().statusCode(201);
        }
        List<String> right = listed();
        if ((System.nanoTime() - cachedAt) < 2_500_000_000L) {
            assertTrue(!right.contains("cached-list.com"), "within the 3 s the cached list is served: " + right);
        }
        boolean shown = false;
        for (int i = 0; i < 60 && !shown; i++) {
            Thread.sleep(100);
            shown = listed().contains("cached-list.com");
        }
        assertTrue(shown, "the new domain is listed once the cached list has expired");
    }
}
