package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.notScam;
import static dev.minuku.reports.testsupport.ReportBodies.report;
import static dev.minuku.reports.testsupport.ReportBodies.reporter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: POST /api/v1/reports counts distinct reporters per sender domain, is
// idempotent per reporter and message, keeps "not a scam" apart, and never lets reports turn a
// brand's official domain into a listed scam domain; the community endpoints read those counts.
@QuarkusTest
class ReportsApiTest {

    @Inject
    ReportsDb db;

    @Inject
    BrandRegistry brands;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/reports").then();
    }

    @Test
    void reportsFromOneReporterCountOnce() {
        String alice = reporter("alice");
        String first = post(report(alice, "billing@milleporte.com", "お支払い方法の利用承認が得られませんでした"))
                .statusCode(201)
                .body("senderDomain", equalTo("milleporte.com"))
                .body("communityReports", equalTo(1))
                .extract().path("id");
        // Another message from the same domain, same reporter: a new report, still one reporter.
        String second = post(report(alice, "info@mail.milleporte.com", "アカウントを一時停止しました"))
                .statusCode(201)
                .body("senderDomain", equalTo("milleporte.com"))
                .body("communityReports", equalTo(1))
                .extract().path("id");
        assertNotEquals(first, second);

        given().when().get("/api/v1/community/domains/milleporte.com").then().statusCode(200)
                .body("reports", equalTo(2))
                .body("reporters", equalTo(1));
    }

    @Test
    void sameMessageAgainReturns200WithSameId() {
        Map<String, Object> body = report(reporter("bob"), "support@kessai-info.net", "【重要】ご利用確認のお願い",
                "https://kessai-info.net/verify?id=123");
        String id = post(body).statusCode(201).extract().path("id");
        post(body).statusCode(200)
                .body("id", equalTo(id))
                .body("communityReports", equalTo(1));
        // Width and case of the subject do not make it another message.
        Map<String, Object> wide = report(reporter("bob"), "support@kessai-info.net", "【重要】ご利用確認のお願い",
                "https://KESSAI-INFO.NET/other-path");
        post(wide).statusCode(200).body("id", equalTo(id));

        assertEquals(1, db.count("select count(*) from report"));
        given().when().get("/api/v1/community/domains/kessai-info.net").then().statusCode(200)
                .body("reports", equalTo(1))
                .body("reporters", equalTo(1));
    }

    @Test
    void officialDomainIsMarkedNotListed() {
        Brand brand = brands.all().stream().filter(b -> !b.officialDomains().isEmpty()).findFirst().orElseThrow();
        String official = brand.officialDomains().get(0);
        for (String name : new String[] {"o1", "o2", "o3"}) {
            post(report(reporter(name), "no-reply@" + official, "Your account is on hold"))
                    .statusCode(201)
                    .body("officialFor", equalTo(brand.id()));
        }
        post(report(reporter("o1"), "alert@fake-shop-notice.com", "Your account is on hold")).statusCode(201);
        post(report(reporter("o2"), "alert@fake-shop-notice.com", "Your account is on hold")).statusCode(201);

        given().when().get("/api/v1/community/domains").then().statusCode(200)
                .body("domains.domain", not(hasItem(official)))
                .body("domains.domain", hasItem("fake-shop-notice.com"))
                .body("domains.find { it.domain == 'fake-shop-notice.com' }.officialFor", nullValue())
                .body("spoofedOfficial.find { it.domain == '" + official + "' }.officialFor", equalTo(brand.id()))
                .body("spoofedOfficial.find { it.domain == '" + official + "' }.reporters", equalTo(3));
        given().when().get("/api/v1/community/domains/" + official).then().statusCode(200)
                .body("officialFor", equalTo(brand.id()))
                .body("reporters", equalTo(3));
    }

    @Test
    void domainListedFromTwoReporters() {
        post(report(reporter("c1"), "notice@parcel-redelivery.top", "不在通知")).statusCode(201);
        // One reporter: the domain's own entry is visible, the list does not show it.
        given().when().get("/api/v1/community/domains").then().statusCode(200)
                .body("domains.domain", not(hasItem("parcel-redelivery.top")))
                .body("minReporters", equalTo(2));
        given().when().get("/api/v1/community/domains/parcel-redelivery.top").then().statusCode(200)
                .body("domain", equalTo("parcel-redelivery.top"))
                .body("reporters", equalTo(1))
                .body("firstSeen", notNullValue())
                .body("sampleSubjects", hasItem("不在通知"));

        post(report(reporter("c2"), "info@parcel-redelivery.top", "お荷物のお届けについて")).statusCode(201)
                .body("communityReports", equalTo(2));
        given().when().get("/api/v1/community/domains").then().statusCode(200)
                .body("domains[0].domain", equalTo("parcel-redelivery.top"))
                .body("domains[0].reporters", equalTo(2))
                .body("domains[0].reports", equalTo(2))
                .body("domains[0].officialFor", nullValue())
                .body("domains[0].lastSeen", notNullValue())
                .body("domains[0].sampleSubjects", hasItem("お荷物のお届けについて"));
        given().when().get("/api/v1/community/domains/unreported-domain.com").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void notScamKeptApart() {
        post(report(reporter("d1"), "news@shop-letter.jp", "セールのお知らせ")).statusCode(201);
        post(report(reporter("d2"), "news@shop-letter.jp", "セールのお知らせ")).statusCode(201);
        post(notScam(reporter("d3"), "news@shop-letter.jp", "セールのお知らせ")).statusCode(201)
                .body("communityReports", equalTo(2))
                .body("notScamReporters", equalTo(1));
        // The same reporter saying both: both are kept, neither cancels the other.
        post(notScam(reporter("d1"), "news@shop-letter.jp", "セールのお知らせ")).statusCode(201)
                .body("communityReports", equalTo(2))
                .body("notScamReporters", equalTo(2));

        given().when().get("/api/v1/community/domains/shop-letter.jp").then().statusCode(200)
                .body("reports", equalTo(2))
                .body("reporters", equalTo(2))
                .body("notScamReports", equalTo(2))
                .body("notScamReporters", equalTo(2));
        given().when().get("/api/v1/community/domains").then().statusCode(200)
                .body("domains.find { it.domain == 'shop-letter.jp' }.reporters", equalTo(2))
                .body("domains.find { it.domain == 'shop-letter.jp' }.notScamReporters", equalTo(2));
    }

    @Test
    void validationNamesField() {
        Map<String, Object> noReporter = report(reporter("v"), "a@valid-sender.com", "s");
        noReporter.remove("reporter");
        post(noReporter).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reporter"));

        post(report("short", "a@valid-sender.com", "s")).statusCode(400)
                .body("errors.field", hasItem("reporter"));
        post(report("has spaces in it", "a@valid-sender.com", "s")).statusCode(400)
                .body("errors.field", hasItem("reporter"));

        Map<String, Object> badKind = report(reporter("v"), "a@valid-sender.com", "s");
        badKind.put("kind", "maybe");
        post(badKind).statusCode(400).body("errors.field", hasItem("kind"));

        post(report(reporter("v"), "not-an-address", "s")).statusCode(400)
                .body("errors.field", hasItem("from.address"));
        post(report(reporter("v"), "", "s")).statusCode(400)
                .body("errors.field", hasItem("from.address"));
        post(report(reporter("v"), "a@valid-sender.com", "x".repeat(1001))).statusCode(400)
                .body("errors.field", hasItem("subject"));
        post(report(reporter("v"), "a@valid-sender.com", "s", "https://a.example.com/" + "p".repeat(4100)))
                .statusCode(400).body("errors.field", hasItem("links[0].href"));

        given().contentType("application/json").body("{\"from\": ").when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");

        // Nothing of the refused requests was stored.
        assertEquals(0, db.count("select count(*) from report"));
        assertEquals(0, db.count("select count(*) from domain_counter"));
    }

    @Test
    void daysAndLimitValidated() {
        post(report(reporter("e1"), "a@window-shop.com", "s")).statusCode(201);
        post(report(reporter("e2"), "a@window-shop.com", "s")).statusCode(201);

        given().queryParam("days", 0).when().get("/api/v1/community/domains").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("days"));
        given().queryParam("days", "abc").when().get("/api/v1/community/domains").then().statusCode(400)
                .body("errors.field", hasItem("days"));
        given().queryParam("limit", 0).when().get("/api/v1/community/domains").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("limit", 201).when().get("/api/v1/community/domains").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("limit", -5).queryParam("days", 99999).when().get("/api/v1/community/domains").then()
                .statusCode(400).body("errors.size()", equalTo(2));

        given().queryParam("limit", 200).queryParam("days", 1).when().get("/api/v1/community/domains").then()
                .statusCode(200).body("days", equalTo(1)).body("domains.domain", hasItem("window-shop.com"));
        given().queryParam("limit", 1).when().get("/api/v1/community/domains").then()
                .statusCode(200).body("domains.size()", equalTo(1));

        // A domain whose last report is older than the window is not in it.
        db.update("update domain_counter set last_seen = now() - interval '10 days' where domain = 'window-shop.com'");
        given().queryParam("days", 7).when().get("/api/v1/community/domains").then()
                .statusCode(200).body("domains.domain", not(hasItem("window-shop.com")));
        given().queryParam("days", 11).when().get("/api/v1/community/domains").then()
                .statusCode(200).body("domains.domain", hasItem("window-shop.com"));

        given().when().get("/api/v1/community/domains/not a domain").then().statusCode(400)
                .body("errors.field", hasItem("domain"));
    }
}
