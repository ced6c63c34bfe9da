package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Nothing of an analyzed email reaches the log: not on success, not on bad input.
@QuarkusTest
class RequestNotLoggedTest {

    private static final String CANARY = "canary-7f3a9c-minuku";
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            lines.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                    + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
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
        assertTrue(lines.stream().noneMatch(l -> l.contains(CANARY)), "request content was logged: " + lines);
    }
}
