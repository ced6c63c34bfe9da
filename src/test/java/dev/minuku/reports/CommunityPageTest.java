package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: GET / shows the listed domains with counts, samples and a 30-day chart,
// in Japanese or English by Accept-Language, with reported text escaped and a strict CSP.
@QuarkusTest
class CommunityPageTest {

    private static final String HOSTILE_SUBJECT = "<script>alert('x')</script> <img src=x onerror=alert(1)> お支払い";

    @Inject
    ReportsDb db;

    @Inject
    BrandRegistry brands;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    private static void reportAs(String who, String from, String subject) {
        given().contentType("application/json").body(report(reporter(who), from, subject))
                .when().post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void communityPageEscapesText() {
        reportAs("p1", "x@script-subject.com", HOSTILE_SUBJECT);
        reportAs("p2", "x@script-subject.com", HOSTILE_SUBJECT);

        given().header("Accept-Language", "ja").when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("script-subject.com"))
                .body(containsString("&lt;script&gt;"))
                .body(containsString("&lt;img src=x onerror=alert(1)&gt;"))
                .body(not(containsString("<script")))
                .body(not(containsString("<img")));
    }

    @Test
    void communityPageSpeaksTheReadersLanguage() {
        reportAs("l1", "x@lang-page.com", "件名");
        reportAs("l2", "x@lang-page.com", "件名");
        Brand brand = brands.all().stream().filter(b -> !b.officialDomains().isEmpty()).findFirst().orElseThrow();
        String official = brand.officialDomains().get(0);
        reportAs("l1", "x@" + official, "spoofed");
        reportAs("l2", "x@" + official, "spoofed");

        given().header("Accept-Language", "ja").when().get("/").then().statusCode(200)
                .header("Content-Language", "ja")
                .body(containsString("<html lang=\"ja\">"))
                .body(containsString("みんなの報告"))
                .body(containsString("過去30日の報告数"))
                .body(containsString("偽装された公式ドメイン"))
                .body(containsString(brand.nameJa()))
                .body(containsString("lang-page.com"));
        given().header("Accept-Language", "en-US,en;q=0.8").when().get("/").then().statusCode(200)
                .header("Content-Language", "en")
                .body(containsString("Community reports"))
                .body(containsString("Reports over the last 30 days"))
                .body(containsString("Official domains being forged"))
                .body(containsString(brand.nameEn()))
                // Today's bar carries its count in the tooltip: four reports.
                .body(containsString(": 4 reports</title>"));
    }
}
