package dev.minuku.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Authentication-Results headers (RFC 8601) are read with their authserv-id,
// methods, results and properties, comments and versions ignored.
class AuthenticationResultsTest {

    @Test
    void methodsResultsAndPropertiesAreRead() {
        AuthenticationResults ar = AuthenticationResults.parse(
                "mx.google.com; dkim=pass header.i=@amazon.co.jp header.s=sel (2048-bit key); "
                        + "spf=softfail (domain of transitioning x) smtp.mailfrom=bounce@x.example; "
                        + "dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=amazon.co.jp");
        assertEquals("mx.google.com", ar.authservId());
        assertEquals("pass", ar.first("dkim").orElseThrow().result());
        assertEquals("@amazon.co.jp", ar.first("dkim").orElseThrow().property("header.i"));
        assertEquals("softfail", ar.first("spf").orElseThrow().result());
        assertEquals("bounce@x.example", ar.first("spf").orElseThrow().property("smtp.mailfrom"));
        assertEquals("fail", ar.first("dmarc").orElseThrow().result());
        assertEquals("amazon.co.jp", ar.first("dmarc").orElseThrow().property("header.from"));
    }

    @Test
    void versionsCaseAndNestedCommentsAreTolerated() {
        AuthenticationResults ar = AuthenticationResults.parse("example.net 1; DMARC/1=PASS (a (nested) comment) header.from=\"example.com\"");
        assertEquals("pass", ar.first("dmarc").orElseThrow().result());
        assertEquals("example.com", ar.first("dmarc").orElseThrow().property("header.from"));
    }

    @Test
    void noneAndGarbageGiveNoResults() {
        assertTrue(AuthenticationResults.parse("mx.example.com; none").results().isEmpty());
        assertTrue(AuthenticationResults.parse(";;;==(").results().isEmpty());
        assertTrue(AuthenticationResults.parse(null).results().isEmpty());
    }
}
