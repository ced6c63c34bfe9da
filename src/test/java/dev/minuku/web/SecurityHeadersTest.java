package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Hardening of every answer (docs/security.md): no MIME sniffing, no referrer, no framing,
// on JSON, problems (including the 413 answered before Quarkus REST), health and the page;
// the community page runs no script (CSP); no web origin may call the API from a browser
// (CORS closed: the extension calls from its own origin with host permission, not CORS).
@QuarkusTest
class SecurityHeadersTest {

    private static void hardened(ValidatableResponse r) {
        r.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void jsonAnswersAreHardened() {
        hardened(given().contentType("application/json").body(Map.of("from", Map.of("address", "a@example.com")))
                .when().post("/api/v1/analyze").then().statusCode(200));
        hardened(given().when().get("/api/v1/brands").then().statusCode(200));
    }

    @Test
    void problemAnswersAreHardened() {
        hardened(given().when().get("/api/v1/nothing-here").then().statusCode(404));
        hardened(given().contentType("application/json").body("{").when().post("/api/v1/analyze").then().statusCode(400));
        String big = "{\"from\":{\"address\":\"a@example.com\"},\"body\":\"" + "z".repeat(1_100_000) + "\"}";
        hardened(given().contentType("application/json").body(big).when().post("/api/v1/analyze").then().statusCode(413));
    }

    @Test
    void healthAnswersAreHardened() {
        hardened(given().when().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void theCommunityPageRunsNoScriptAndCannotBeFramed() {
        ValidatableResponse r = given().when().get("/").then().statusCode(200);
        hardened(r);
        r.header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("form-action 'none'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("script-src")));
    }

    @Test
    void aPreflightFromAWebOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/api/v1/reports").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @Test
    void aCrossOriginRequestGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example").contentType("application/json")
                .body(Map.of("from", Map.of("address", "a@example.com")))
                .when().post("/api/v1/analyze").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "https://evil.example").when().get("/api/v1/community/domains").then()
                .statusCode(equalTo(200))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
