package dev.minuku.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

// Behaviour under test: which key a client address is limited under. IPv6 subscribers get a
// whole /64, so counting single IPv6 addresses would let one person rotate through millions.
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
}
