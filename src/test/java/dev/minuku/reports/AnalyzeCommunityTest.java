package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: /analyze reads the community counts: sender.communityReports, a finding
// for a sender or link domain reported by enough distinct reporters, and for a brand's official
// domain a spoofing note instead of a scam finding.
@QuarkusTest
class AnalyzeCommunityTest {

    @Inject
    ReportsDb db;

    @Inject
    BrandRegistry brands;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    private static void reportAs(String who, String from, String... links) {
        given().contentType("application/json").body(report(reporter(who), from, "ご利用料金のお支払い", links))
                .when().post("/api/v1/reports").then().statusCode(201);
    }

    private static ValidatableResponse analyze(String from, String href) {
        String links = href == null ? "[]" : "[{\"href\":\"" + href + "\",\"text\":\"こちら\"}]";
        return given().contentType("application/json").header("Accept-Language", "en")
                .body("{\"from\":{\"address\":\"" + from + "\"},\"subject\":\"お支払い\",\"links\":" + links + "}")
                .when().post("/api/v1/analyze").then().statusCode(200).body("communityAvailable", equalTo(true));
    }

    @Test
    void analyzeUsesCommunityCounts() {
        // Before any report: no community finding.
        analyze("billing@pay-notice-center.com", null)
                .body("sender.communityReports", equalTo(0))
                .body("findings.code", not(hasItem("COMMUNITY_REPORTED_SENDER")));

        reportAs("a1", "billing@pay-notice-center.com", "https://secure.trap-login.net/pay");
        // One reporter: counted, but no finding yet.
        analyze("billing@pay-notice-center.com", null)
                .body("sender.communityReports", equalTo(1))
                .body("findings.code", not(hasItem("COMMUNITY_REPORTED_SENDER")));

        reportAs("a2", "info@pay-notice-center.com", "https://trap-login.net/card");
        analyze("other@mail.pay-notice-center.com", null)
                .body("sender.communityReports", equalTo(2))
                .body("findings.code", hasItem("COMMUNITY_REPORTED_SENDER"))
                .body("findings.find { it.code == 'COMMUNITY_REPORTED_SENDER' }.evidence", equalTo("pay-notice-center.com"));

        // Another sender whose link leads to the reported link domain.
        analyze("hello@unrelated-newsletter.com", "https://www.trap-login.net/login?x=1")
                .body("findings.code", hasItem("COMMUNITY_REPORTED_LINK"))
                .body("findings.code", not(hasItem("COMMUNITY_REPORTED_SENDER")))
                .body("links[0].findings", hasItem("COMMUNITY_REPORTED_LINK"));
    }

    @Test
    void reportedOfficialDomainSpeaksOfSpoofing() {
        Brand brand = brands.all().stream().filter(b -> !b.officialDomains().isEmpty()).findFirst().orElseThrow();
        String official = brand.officialDomains().get(0);
        reportAs("s1", "account@" + official);
        reportAs("s2", "account@" + official);

        analyze("account@" + official, null)
                .body("sender.communityReports", equalTo(2))
                .body("findings.code", hasItem("COMMUNITY_SPOOFED_OFFICIAL"))
                .body("findings.code", not(hasItem("COMMUNITY_REPORTED_SENDER")));
    }
}
