package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

// The shortener list is data, large enough to matter, and matches hosts below a
// listed domain; brands' own shorteners name their brand.
class ShortenersTest {

    @Test
    void theListHoldsAtLeastAHundredServices() {
        assertTrue(Shorteners.size() >= 100, "only " + Shorteners.size());
    }

    @Test
    void commonShortenersAreRecognized() {
        for (String d : new String[] {"bit.ly", "t.co", "tinyurl.com", "is.gd", "rb.gy", "x.gd", "ow.ly", "buff.ly",
            "cutt.ly", "shorturl.at", "t.ly", "lnkd.in", "goo.gl", "amzn.to", "amzn.asia"}) {
            assertTrue(Shorteners.isShortener(d), d);
        }
    }

    @Test
    void hostsBelowAShortenerDomainAreThatShortener() {
        assertEquals(Optional.of("page.link"), Shorteners.shortenerDomain("evil.page.link"));
        assertTrue(Shorteners.isShortener("www.bit.ly"));
    }

    @Test
    void ordinaryDomainsAreNotShorteners() {
        assertFalse(Shorteners.isShortener("amazon.co.jp"));
        assertFalse(Shorteners.isShortener("bitly.example"));
        assertFalse(Shorteners.isShortener(""));
        assertFalse(Shorteners.isShortener(null));
    }

    @Test
    void brandShortenersNameTheirBrand() {
        assertEquals(Optional.of("amazon"), Shorteners.brandOf("amzn.to"));
        assertEquals(Optional.empty(), Shorteners.brandOf("bit.ly"));
    }
}
