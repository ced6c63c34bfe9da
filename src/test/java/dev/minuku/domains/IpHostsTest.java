package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

// IP hosts are recognized in every notation a browser accepts, and read back as
// the dotted address the browser would connect to; names are never taken for IPs.
class IpHostsTest {

    @Test
    void dottedDecimalIsAnAddress() {
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("192.168.1.1"));
    }

    @Test
    void singleDecimalNumberIsTheSameAddress() {
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("3232235777"));
    }

    @Test
    void singleHexNumberIsTheSameAddress() {
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("0xc0a80101"));
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("0xC0A80101"));
    }

    @Test
    void octalPartsAreReadAsOctal() {
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("0300.0250.1.1"));
    }

    @Test
    void mixedNotationsAndShortFormsAreAddresses() {
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("0xc0.168.0x1.01"));
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("192.168.257"));
        assertEquals(Optional.of("192.168.1.1"), IpHosts.canonical("192.11010305"));
        assertEquals(Optional.of("127.0.0.1"), IpHosts.canonical("127.1"));
    }

    @Test
    void trailingDotIsIgnored() {
        assertEquals(Optional.of("10.0.0.1"), IpHosts.canonical("10.0.0.1."));
    }

    @Test
    void bracketedIpv6IsAnAddressInCompressedForm() {
        assertEquals(Optional.of("[::1]"), IpHosts.canonical("[::1]"));
        assertEquals(Optional.of("[2001:db8::1]"), IpHosts.canonical("[2001:0db8:0:0:0:0:0:1]"));
    }

    @Test
    void outOfRangeNumbersAreNotAddresses() {
        assertFalse(IpHosts.isIpLiteral("256.1.1.1"));
        assertFalse(IpHosts.isIpLiteral("4294967296"));
        assertFalse(IpHosts.isIpLiteral("1.2.3.4.5"));
        assertFalse(IpHosts.isIpLiteral("08.1.1.1"), "8 is not an octal digit");
    }

    @Test
    void namesAreNotAddresses() {
        assertFalse(IpHosts.isIpLiteral("example.com"));
        assertFalse(IpHosts.isIpLiteral("1e100.net"));
        assertFalse(IpHosts.isIpLiteral("0xdeadbeef.com"));
        assertFalse(IpHosts.isIpLiteral("[not-an-address]"));
        assertFalse(IpHosts.isIpLiteral("[::1"));
        assertFalse(IpHosts.isIpLiteral(""));
        assertFalse(IpHosts.isIpLiteral(null));
    }

    @Test
    void hostEndingInANumberMustBeAnAddress() {
        assertTrue(IpHosts.endsInNumber("example.123"));
        assertTrue(IpHosts.endsInNumber("a.0x1f"));
        assertFalse(IpHosts.endsInNumber("example.com"));
        assertFalse(IpHosts.endsInNumber("1e100.net"));
    }
}
