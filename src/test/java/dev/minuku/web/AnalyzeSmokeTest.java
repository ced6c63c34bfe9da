package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

// The service boots and answers the analyze contract's shape.
@QuarkusTest
class AnalyzeSmokeTest {

    @Test
    void analyzeAnswersWithAVerdict() {
        given().contentType("application/json")
                .body("{\"from\":{\"address\":\"a@example.com\"},\"subject\":\"hello\"}")
                .when().post("/api/v1/analyze")
                .then().statusCode(200)
                .body("verdict", notNullValue())
                .body("sender.domain", equalTo("example.com"));
    }
}
