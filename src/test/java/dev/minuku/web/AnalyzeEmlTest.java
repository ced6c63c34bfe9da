package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.minuku.testsupport.EmlFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// POST /api/v1/analyze/eml reads raw messages: authentication results and
// envelope headers become findings, and malformed input is a 400 problem.
@QuarkusTest
class AnalyzeEmlTest {

    private static io.restassured.response.ValidatableResponse post(byte[] raw) {
        return given().contentType("message/rfc822").body(raw).when().post("/api/v1/analyze/eml").then();
    }

    @Test
    void anOfficialSenderFailingDmarcIsCalledSpoofing() throws Exception {
        post(EmlFixtures.load("sjis-spoofed-official.eml")).statusCode(200)
                .body("sender.domain", equalTo("amazon.co.jp"))
                .body("findings.code", hasItems("HEADER_DMARC_FAIL", "HEADER_SPF_FAIL", "HEADER_RETURN_PATH_MISMATCH"))
                .body("findings.code", not(hasItem("OFFICIAL_SENDER_AND_LINKS")))
                .body("verdict", not(equalTo("safe")));
    }

    @Test
    void aGenuineMessagePassingDmarcWithOfficialLinksIsReassured() throws Exception {
        post(EmlFixtures.load("genuine-amazon-order.eml")).statusCode(200)
                .body("verdict", equalTo("safe"))
                .body("findings.code", hasItems("HEADER_AUTH_PASS", "OFFICIAL_SENDER_AND_LINKS"))
                .body("findings.code", not(hasItem("HEADER_RETURN_PATH_MISMATCH")));
    }

    @Test
    void attachmentsAreListed() throws Exception {
        post(EmlFixtures.load("utf8-nested.eml")).statusCode(200)
                .body("attachments.filename", hasItem("invoice.html"));
    }

    @Test
    void aLookalikeSenderPassingItsOwnDmarcIsNotReassured() throws Exception {
        post(EmlFixtures.load("iso2022jp-lookalike.eml")).statusCode(200)
                .body("findings.code", not(hasItem("HEADER_AUTH_PASS")))
                .body("links.href", hasItem(startsWith("https://amzn-secure-check.top/login")));
    }

    @Test
    void textThatIsNotAMessageIsA400Problem() {
        post("no headers here".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://minuku.dev/problems/malformed-message"));
    }

    @Test
    void anEmptyMessageIsA400Problem() {
        post(new byte[0]).statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void authenticationResultsInJsonHeadersAreUsedToo() {
        given().contentType("application/json").body(java.util.Map.of(
                "from", java.util.Map.of("address", "account@amazon.co.jp"),
                "headers", java.util.Map.of("Authentication-Results", "mx.example.jp; dmarc=fail header.from=amazon.co.jp")))
                .when().post("/api/v1/analyze").then().statusCode(200)
                .body("findings.code", hasItem("HEADER_DMARC_FAIL"));
    }
}
