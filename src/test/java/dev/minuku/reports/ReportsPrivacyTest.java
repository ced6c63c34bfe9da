package dev.minuku.reports;

import static dev.minuku.reports.testsupport.ReportBodies.report;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.testsupport.ReportsDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Behaviour under test: privacy by construction. After reports that carry a recognizable
// reporter id, the recipient's address in the subject and in a link, a dump of every table
// holds none of them: only the keyed hash, the masked subject and link hosts.
@QuarkusTest
class ReportsPrivacyTest {

    private static final String CANARY_REPORTER = "canary-reporter-id-5d1e8c2a9f";
    private static final String CANARY_ADDRESS = "canary.person@example.org";
    private static final String CANARY_WIDE_ADDRESS = "canary.wide＠example.org";
    private static final String CANARY_PATH = "canarypath7731";
    private static final String CANARY_QUERY = "canarytoken4412";

    @Inject
    ReportsDb db;

    @BeforeEach
    void cleanTables() {
        db.clean();
    }

    @Test
    void canaryNeverStored() {
        Map<String, Object> body = report(CANARY_REPORTER, "support@secure-mail-check.com",
                "Mailbox " + CANARY_ADDRESS + " will be closed / " + CANARY_WIDE_ADDRESS,
                "https://portal.secure-mail-check.com/" + CANARY_PATH + "?u=" + CANARY_ADDRESS + "&t=" + CANARY_QUERY);
        given().contentType("application/json").header("X-Minuku-Client", "minuku-extension/9.8.7")
                .body(body).when().post("/api/v1/reports").then().statusCode(201);
        given().contentType("application/json").body(body).when().post("/api/v1/reports").then().statusCode(200);

        String dump = db.dumpAll();
        String lower = dump.toLowerCase(Locale.ROOT);
        // The report was stored: the test would prove nothing on an empty database.
        assertTrue(dump.contains("secure-mail-check.com"), dump);
        assertTrue(dump.contains("portal.secure-mail-check.com"), "the link host is kept");
        assertTrue(dump.contains("Mailbox [email] will be closed / [email]"), "the subject is kept, masked:\n" + dump);
        assertTrue(dump.contains("minuku-extension/9.8.7"), "the client version is kept");

        assertFalse(lower.contains(CANARY_REPORTER), "raw reporter id stored:\n" + dump);
        assertFalse(lower.contains("canary.person"), "recipient address stored:\n" + dump);
        assertFalse(lower.contains("canary.wide"), "full-width address stored:\n" + dump);
        assertFalse(lower.contains(CANARY_PATH), "link path stored:\n" + dump);
        assertFalse(lower.contains(CANARY_QUERY), "link query stored:\n" + dump);
        assertFalse(lower.contains("example.org"), "address domain stored:\n" + dump);
    }
}
