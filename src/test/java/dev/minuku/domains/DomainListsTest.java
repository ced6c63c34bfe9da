package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

// The abused-TLD and free-mail lists load from data and answer by host.
class DomainListsTest {

    @Test
    void researchedAbusedTldsAreListed() {
        for (String tld : new String[] {"cn", "top", "shop", "xyz", "icu", "bond", "cfd", "sbs", "cyou", "tk", "ml", "ga",
            "cf", "gq"}) {
            assertTrue(AbusedTlds.isAbused(tld), tld);
        }
    }

    @Test
    void everydayTldsAreNotListed() {
        for (String tld : new String[] {"com", "net", "org", "jp", "co.jp", ""}) {
            assertFalse(AbusedTlds.isAbused(tld), tld);
        }
    }

    @Test
    void abusedTldOfAHostIsItsLastLabel() {
        assertEquals(Optional.of("cf"), AbusedTlds.of("emailamazoncojp.cf"));
        assertEquals(Optional.of("cn"), AbusedTlds.of("amazon.co.jp.cn"));
        assertEquals(Optional.empty(), AbusedTlds.of("www.amazon.co.jp"));
        assertEquals(Optional.empty(), AbusedTlds.of("[::1]"));
        assertEquals(Optional.empty(), AbusedTlds.of(null));
    }

    @Test
    void freeMailProvidersAreRecognizedByRegistrableDomain() {
        assertTrue(FreemailProviders.isFreemail("gmail.com"));
        assertTrue(FreemailProviders.isFreemail("yahoo.co.jp"));
        assertFalse(FreemailProviders.isFreemail("amazon.co.jp"));
        assertFalse(FreemailProviders.isFreemail(null));
    }

    @Test
    void mobileCarrierMailIsNotFreeMail() {
        // docomo.ne.jp is also NTT Docomo's official sending domain.
        assertFalse(FreemailProviders.isFreemail("docomo.ne.jp"));
    }
}
