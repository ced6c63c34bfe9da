package dev.minuku.reports.service;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.CommunityListCacheTest;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

// Behaviour under test: lists asked for once each (every days and limit) pass through the list
// cache without filling it beyond its bound, and the list that everybody asks for stays cached.
@QuarkusTest
@TestProfile(CommunityListCacheTest.OneSecond.class)
class CommunityListCacheBoundTest {

    private static final int DOMAINS = 5;

    @Inject
    ReportsDb db;

    @Inject
    CommunityQueries queries;

    @Test
    void oneOffListsStayWithinTheBoundAndThePopularListStays() throws InterruptedException {
        db.clean();
        for (int d = 0; d < DOMAINS; d++) {
            for (String who : new String[] {"a", "b"}) {
                given().contentType("application/json")
                        .body(report(reporter("bound-" + d + who), "billing@bound-" + d + ".com", "請求 " + d))
                        .when().post("/api/v1/reports").then().statusCode(201);
            }
        }
        Thread.sleep(3100); // lists cached before these reports expire
        long t0 = System.nanoTime();
        CommunityQueries.Listing popular = queries.list(30, 50);
        assertEquals(DOMAINS, popular.listed().size(), "the reported domains are listed");
        for (int i = 0; i < 20; i++) {
            queries.list(30, 50);
        }
        int oneOffs = 0;
        boolean popularKept = true;
        for (int days = 31; days <= 365 && oneOffs < 2 * CommunityQueries.LIST_CACHE_DOMAINS / (DOMAINS + 1); days++) {
            for (int limit = 10; limit <= 14; limit++, oneOffs++) {
                queries.list(days, limit);
            }
            popularKept &= queries.list(30, 50) == popular;
        }
        long weight = queries.cachedListWeight();
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertTrue(oneOffs * (DOMAINS + 1L) > 2L * CommunityQueries.LIST_CACHE_DOMAINS - DOMAINS,
                "enough one-off lists to fill the cache twice: " + oneOffs);
        assertTrue(weight <= CommunityQueries.LIST_CACHE_DOMAINS, "cached domains " + weight);
        if (millis < 2_500) { // all within the 3 s for which a list is served again
            assertTrue(popularKept, "the list asked for all along was read again");
            assertSame(popular, queries.list(30, 50));
        }
    }
}
