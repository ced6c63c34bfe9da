package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

// Any href is read without an exception: a host, when one is read, is what a browser would
// look up (lower-case ASCII, no character a host cannot hold), and unwrapping redirectors
// ends within its depth limit. Inputs that once failed are replayed from
// src/test/resources/dev/minuku/domains/UrlParserFuzzTestInputs (docs/performance.md: fuzzing).
class UrlParserFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyHrefIsReadAndUnwrapped(String href) {
        ParsedUrl url = UrlParser.parse(href);
        assertNotNull(url);
        assertNotNull(url.scheme());
        assertNotNull(url.path());
        assertNotNull(url.query());
        if (url.host() != null) {
            assertHostLike(url.host());
            assertNotNull(url.registrableDomain());
        }
        assertTrue(url.port() >= -1 && url.port() <= 65535, "port " + url.port());
        List<ParsedUrl> chain = Redirectors.unwrap(url);
        assertSame(url, chain.get(0));
        assertTrue(chain.size() <= Redirectors.MAX_DEPTH + 1, "unwrapping stops at its depth limit");
        for (ParsedUrl hop : chain) {
            if (hop.host() != null) {
                assertHostLike(hop.host());
            }
        }
    }

    static void assertHostLike(String host) {
        assertTrue(!host.isEmpty(), "empty host");
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            assertTrue(c > 0x20 && c < 0x7f && " #%/<>?@\\^|\"'`{}".indexOf(c) < 0 && !(c >= 'A' && c <= 'Z'),
                    "host " + host + " holds " + (int) c);
        }
        assertEquals(host, host.strip());
    }
}
