package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

// Bad input gets a 4xx problem body naming what is wrong, never a 500 or a stack
// trace; odd links within the limits are analyzed as what they are.
@QuarkusTest
class AnalyzeBadInputTest {

    private static ValidatableResponse post(Object body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/analyze").then();
    }

    private static void assertProblem(ValidatableResponse r, int status) {
        r.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void missingSenderAddressIsA400NamingTheField() {
        ValidatableResponse r = post(Map.of("from", Map.of("name", "Amazon")));
        assertProblem(r, 400);
        r.body("errors.field", hasItem("from.address"));
    }

    @Test
    void missingFromIsA400NamingTheField() {
        ValidatableResponse r = post(Map.of("subject", "hi"));
        assertProblem(r, 400);
        r.body("errors.field", hasItem("from"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        assertProblem(post("{\"from\": {\"address\": "), 400);
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        ValidatableResponse r = post("{\"from\":{\"address\":\"a@example.com\"},\"links\":\"nope\"}");
        assertProblem(r, 400);
        r.body("errors.field", hasItem("links"));
    }

    @Test
    void emptyBodyIsA400Problem() {
        assertProblem(given().contentType("application/json").when().post("/api/v1/analyze").then(), 400);
    }

    @Test
    void aSubjectOverTheLimitIsA400NamingTheField() {
        ValidatableResponse r = post(Map.of("from", Map.of("address", "a@example.com"), "subject", "x".repeat(1001)));
        assertProblem(r, 400);
        r.body("errors.field", hasItem("subject"));
    }

    @Test
    void aSubjectAtTheLimitIsAnalyzed() {
        post(Map.of("from", Map.of("address", "a@example.com"), "subject", "x".repeat(1000))).statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsA400() {
        ValidatableResponse r = post(Map.of("from", Map.of("address", "a@example.com"), "body", "y".repeat(100_001)));
        assertProblem(r, 400);
        r.body("errors.field", hasItem("body"));
    }

    @Test
    void tooManyLinksIsA400() {
        List<Map<String, String>> links = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            links.add(Map.of("href", "https://example.com/" + i, "text", "x"));
        }
        ValidatableResponse r = post(Map.of("from", Map.of("address", "a@example.com"), "links", links));
        assertProblem(r, 400);
        r.body("errors.field", hasItem("links"));
    }

    @Test
    void anHrefOverTheLimitIsA400NamingTheLink() {
        ValidatableResponse r = post(Map.of("from", Map.of("address", "a@example.com"),
                "links", List.of(Map.of("href", "https://example.com/" + "a".repeat(4100), "text", "x"))));
        assertProblem(r, 400);
        r.body("errors.field", hasItem("links[0].href"));
    }

    @Test
    void aRequestOverOneMebibyteIsA413Problem() {
        String big = "{\"from\":{\"address\":\"a@example.com\"},\"body\":\"" + "z".repeat(1_100_000) + "\"}";
        assertProblem(post(big), 413);
    }

    /** Bytes from which Jackson guesses an encoding it cannot read (the first was found by fuzzing). */
    @ParameterizedTest
    @ValueSource(strings = {"0000ff fe7b7d", "00002c002a", "fffe00007b7d0000"})
    void aBodyInAnEncodingJsonCannotBeIsA400Problem(String hex) {
        byte[] body = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
        for (String path : List.of("/api/v1/analyze", "/api/v1/reports")) {
            assertProblem(given().contentType("application/json").body(body).when().post(path).then(), 400);
        }
    }

    @Test
    void invalidUtf8InsideAStringIsA400Problem() {
        byte[] body = "{\"from\":{\"address\":\"a@example.com\"},\"subject\":\"\u00ff\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // a lone 0xFF byte is not UTF-8
        assertProblem(given().contentType("application/json").body(body).when().post("/api/v1/analyze").then(), 400);
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        assertProblem(given().contentType("text/plain").body("hello").when().post("/api/v1/analyze").then(), 415);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        assertProblem(given().when().get("/api/v1/nothing-here").then(), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1", "%%%", "javascript:alert(1)", "data:text/html,<b>x</b>", "http://3232235777/",
        "http://0xC0A80101/login", "http://0300.0250.1.1/", "https://user@evil.example/", "hxxp://broken", "",
        "http://例え.テスト/", "https://xn--80ak6aa92e.com/", "http://a..b/", "https://:80", "//", "\u0000\u202e"})
    void strangeLinksAreAnalyzedNotRejected(String href) {
        post(Map.of("from", Map.of("address", "a@example.com"), "links", List.of(Map.of("href", href, "text", "click"))))
                .statusCode(200)
                .body("verdict", notNullValue())
                .body("links.size()", equalTo(1));
    }

    @Test
    void anOddSenderAddressIsAnalyzed() {
        post(Map.of("from", Map.of("address", "not an address"))).statusCode(200).body("sender.status", equalTo("unknown"));
    }
}
