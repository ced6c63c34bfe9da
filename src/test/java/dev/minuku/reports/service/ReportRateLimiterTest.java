package dev.minuku.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

// Behaviour under test: which key a client address is limited under (IPv6 subscribers get a
// whole /64, so counting single IPv6 addresses would let one person rotate through millions),
// and that a reporter's bucket is found by the first 64 bits of its hash.
class ReportRateLimiterTest {

    @Test
    void ipv4AddressesCountOneByOne() {
        assertEquals("203.0.113.9", ReportRateLimiter.clientKey("203.0.113.9"));
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals(ReportRateLimiter.clientKey("2001:db8:1:2::1"), ReportRateLimiter.clientKey("2001:db8:1:2:ffff::9"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ReportRateLimiter.clientKey("[2001:db8:1:2::1]"));
    }

    @Test
    void unreadableAddressStillGetsAKey() {
        assertEquals("unknown", ReportRateLimiter.clientKey(null));
        assertEquals("not-an-ip", ReportRateLimiter.clientKey("not-an-ip"));
    }

    @Test
    void aReporterIsKeyedByTheFirst64BitsOfItsHash() {
        String hash = "00ff10203040506f" + "a".repeat(48);
        assertEquals(0x00ff10203040506fL, ReportRateLimiter.reporterKey(hash));
        assertEquals(0xffffffffffffffffL, ReportRateLimiter.reporterKey("f".repeat(64)));
        assertNotEquals(ReportRateLimiter.reporterKey("1" + "0".repeat(63)), ReportRateLimiter.reporterKey("2" + "0".repeat(63)));
    }

    @Test
    void aReporterKeyThatIsNotHexStillCountsByItsWholeText() {
        assertEquals(ReportRateLimiter.reporterKey("not hex at all, long enough"),
                ReportRateLimiter.reporterKey("not hex at all, long enough"));
        assertNotEquals(ReportRateLimiter.reporterKey("not hex at all, long enough"),
                ReportRateLimiter.reporterKey("not hex at all, long enougH"));
        assertNotEquals(ReportRateLimiter.reporterKey("short"), ReportRateLimiter.reporterKey("shorT"));
    }
}
