package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Nothing of a request reaches the log: not of an analyzed email (JSON or raw message), not of a
// report, not of a looked-up domain; not on success, not on bad input. A canary is put in every
// field and the captured log records are searched for it.
@QuarkusTest
class RequestNotLoggedTest {

    private static final String CANARY = "canary-7f3a9c-minuku";
    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.start();
    }

    @AfterEach
    void stop() {
        log.stop();
    }

    @Test
    void noPartOfTheEmailIsLogged() {
        given().contentType("application/json").body(Map.of(
                "from", Map.of("name", CANARY, "address", CANARY + "@example.com"),
                "subject", CANARY, "body", CANARY + " body",
                "links", List.of(Map.of("href", "https://" + CANARY + ".example/", "text", CANARY))))
                .when().post("/api/v1/analyze").then().statusCode(200);
        given().contentType("application/json").body("{\"from\":{\"address\":\"" + CANARY + "\"},\"subject\":")
                .when().post("/api/v1/analyze").then().statusCode(400);
        given().contentType("application/json").body(Map.of("from", Map.of("address", CANARY), "subject", CANARY.repeat(100)))
                .when().post("/api/v1/analyze").then().statusCode(400);
        assertNotLogged();
    }

    @Test
    void noPartOfAReportIsLogged() {
        Map<String, Object> report = Map.of(
                "from", Map.of("name", CANARY, "address", "billing@" + CANARY + ".example"),
                "subject", CANARY + " subject",
                "links", List.of(Map.of("href", "https://" + CANARY + ".example/" + CANARY + "?q=" + CANARY, "text", CANARY)),
                "reporter", CANARY + "-reporter-" + System.nanoTime(), // new on every run: the first answer is 201
                "clientVersion", CANARY);
        given().contentType("application/json").body(report).when().post("/api/v1/reports").then().statusCode(201);
        given().contentType("application/json").body(report).when().post("/api/v1/reports").then().statusCode(200);
        given().contentType("application/json").body(Map.of("from", Map.of("address", CANARY), "reporter", CANARY))
                .when().post("/api/v1/reports").then().statusCode(400);
        given().contentType("application/json").body("{\"reporter\":\"" + CANARY + "\",")
                .when().post("/api/v1/reports").then().statusCode(400);
        given().when().get("/api/v1/community/domains/" + CANARY + ".example").then().statusCode(200);
        given().when().get("/api/v1/community/domains/" + CANARY + "-nobody.example").then().statusCode(404);
        given().queryParam("days", CANARY).when().get("/api/v1/community/domains").then().statusCode(400);
        assertNotLogged();
    }

    @Test
    void noPartOfARawMessageIsLogged() {
        String eml = "From: " + CANARY + " <" + CANARY + "@example.com>\r\nTo: " + CANARY + "@example.jp\r\n"
                + "Subject: " + CANARY + "\r\nAuthentication-Results: mx; dmarc=fail header.from=" + CANARY + ".example\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<p>" + CANARY + "</p><a href=\"https://" + CANARY + ".example/\">" + CANARY + "</a>\r\n";
        given().contentType("message/rfc822").body(eml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/analyze/eml").then().statusCode(200);
        given().contentType("message/rfc822").body(new byte[0]).when().post("/api/v1/analyze/eml").then().statusCode(400);
        assertNotLogged();
    }

    private void assertNotLogged() {
        // The capture itself works: a record logged here is seen.
        Logger.getLogger("dev.minuku.web").info("control-record");
        List<String> lines = log.lines(Level.ALL);
        assertTrue(lines.stream().anyMatch(l -> l.contains("control-record")), "the log capture sees records");
        assertTrue(lines.stream().noneMatch(l -> l.contains(CANARY)), "request content was logged: " + lines);
    }
}
