package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

// The operational endpoints of API.md answer: health, OpenAPI, metrics, and the
// brand registry as the API shows it.
@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheAnalyzeEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/analyze"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void brandsListsTheRegistryWithOfficialDomainsAndSources() {
        given().when().get("/api/v1/brands").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(3))
                .body("find { it.id == 'amazon' }.officialDomains", hasItem("amazon.co.jp"))
                .body("find { it.id == 'amazon' }.aliases", hasItem("アマゾン"))
                .body("find { it.id == 'amazon' }.sources.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().when().get("/api/v1/brands").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }
}
