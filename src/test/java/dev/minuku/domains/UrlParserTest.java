package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Links are read the way a browser reads them, however odd: the host a click
// really reaches is found, and what no browser could open is marked malformed.
// Parsing never throws.
class UrlParserTest {

    @Test
    void plainHttpsUrlIsSplitIntoItsParts() {
        ParsedUrl u = UrlParser.parse("https://www.amazon.co.jp/gp/css?ref=x#top");
        assertEquals("https", u.scheme());
        assertEquals("www.amazon.co.jp", u.host());
        assertEquals("/gp/css", u.path());
        assertEquals("ref=x", u.query());
        assertEquals(-1, u.port());
        assertFalse(u.malformed());
        assertTrue(u.isWeb());
        assertEquals("amazon.co.jp", u.registrableDomain());
    }

    @Test
    void unclosedIpv6BracketIsMalformed() {
        ParsedUrl u = UrlParser.parse("http://[::1");
        assertTrue(u.malformed());
        assertNull(u.host());
    }

    @Test
    void bracketedIpv6IsAnIpHost() {
        ParsedUrl u = UrlParser.parse("http://[::1]:8080/x");
        assertEquals("[::1]", u.host());
        assertEquals(8080, u.port());
        assertTrue(u.ipHost());
    }

    @Test
    void percentSignsAloneAreMalformed() {
        ParsedUrl u = UrlParser.parse("%%%");
        assertTrue(u.malformed());
        assertNull(u.host());
    }

    @Test
    void scriptAndDataSchemesCarryNoHostAndAreNotMalformed() {
        ParsedUrl js = UrlParser.parse("javascript:alert(1)");
        assertEquals("javascript", js.scheme());
        assertNull(js.host());
        assertFalse(js.malformed());
        ParsedUrl data = UrlParser.parse("data:text/html,<script>alert(1)</script>");
        assertEquals("data", data.scheme());
        assertNull(data.host());
        assertFalse(data.isWeb());
    }

    @Test
    void upperCaseAndPaddedSchemeIsStillRecognized() {
        assertEquals("javascript", UrlParser.parse("  JavaScript:alert(1)").scheme());
    }

    @Test
    void defangedHxxpKeepsItsHostButIsNotAWebLink() {
        ParsedUrl u = UrlParser.parse("hxxp://evil.example/login");
        assertEquals("hxxp", u.scheme());
        assertEquals("evil.example", u.host());
        assertFalse(u.isWeb());
    }

    @Test
    void slashesAndBackslashesAfterAWebSchemeAreSkipped() {
        assertEquals("evil.com", UrlParser.parse("https:/\\evil.com/x").host());
        assertEquals("evil.com", UrlParser.parse("https:\\\\evil.com\\path").host());
        assertEquals("evil.com", UrlParser.parse("https:evil.com").host());
        assertEquals("evil.com", UrlParser.parse("https:///evil.com").host());
    }

    @Test
    void backslashEndsTheHostLikeASlash() {
        ParsedUrl u = UrlParser.parse("https://evil.com\\@www.amazon.co.jp/");
        assertEquals("evil.com", u.host());
    }

    @Test
    void tabsAndNewlinesInsideAreDropped() {
        ParsedUrl u = UrlParser.parse("ht\ttps://ev\nil.com/pa\rth");
        assertEquals("https", u.scheme());
        assertEquals("evil.com", u.host());
        assertEquals("/path", u.path());
    }

    @Test
    void userinfoBeforeTheLastAtIsNotTheHost() {
        ParsedUrl u = UrlParser.parse("https://www.amazon.co.jp@evil.example/signin");
        assertEquals("evil.example", u.host());
        assertEquals("www.amazon.co.jp", u.userInfo());
        ParsedUrl two = UrlParser.parse("https://a@b@evil.example/");
        assertEquals("evil.example", two.host());
        assertEquals("a@b", two.userInfo());
    }

    @Test
    void atSignInThePathIsNotUserinfo() {
        ParsedUrl u = UrlParser.parse("https://www.amazon.co.jp/@evil.example");
        assertEquals("www.amazon.co.jp", u.host());
        assertNull(u.userInfo());
    }

    @Test
    void percentEncodedHostIsDecoded() {
        assertEquals("evil.com", UrlParser.parse("http://%65%76%69%6c.com/").host());
    }

    @Test
    void fullWidthDotsInTheHostAreDots() {
        assertEquals("amazon.co.jp", UrlParser.parse("https://ａｍａｚｏｎ．ｃｏ．ｊｐ/").host());
        assertEquals("amazon.co.jp", UrlParser.parse("https://amazon。co。jp/").host());
        assertEquals("amazon.co.jp", UrlParser.parse("https://amazon｡co｡jp/").host());
    }

    @Test
    void trailingDotOfTheHostIsDropped() {
        assertEquals("amazon.co.jp", UrlParser.parse("https://amazon.co.jp./").host());
    }

    @Test
    void ipHostsInOddNotationsAreReadAsTheAddress() {
        assertEquals("192.168.1.1", UrlParser.parse("http://3232235777/").host());
        assertEquals("192.168.1.1", UrlParser.parse("http://0xC0A80101/").host());
        assertEquals("192.168.1.1", UrlParser.parse("http://0300.0250.1.1/").host());
        assertTrue(UrlParser.parse("http://0300.0250.1.1/").ipHost());
        assertEquals("192.168.1.1", UrlParser.parse("http://１９２．１６８．１．１/").host());
    }

    @Test
    void hostEndingInABadNumberIsMalformed() {
        assertTrue(UrlParser.parse("http://example.999/").malformed());
    }

    @Test
    void unicodeHostIsPunycodeWithAReadableForm() {
        ParsedUrl u = UrlParser.parse("https://аmazon.com/");
        assertEquals("xn--mazon-3ve.com", u.host());
        assertEquals("аmazon.com", u.unicodeHost());
    }

    @Test
    void explicitPortIsKeptAndBadPortIsMalformed() {
        assertEquals(8443, UrlParser.parse("https://example.com:8443/").port());
        assertTrue(UrlParser.parse("https://example.com:99999/").malformed());
        assertTrue(UrlParser.parse("https://example.com:80a/").malformed());
    }

    @Test
    void bareHostWithoutSchemeIsAWebLink() {
        ParsedUrl u = UrlParser.parse("www.example.com/path");
        assertEquals("www.example.com", u.host());
        assertTrue(u.isWeb());
        ParsedUrl withPort = UrlParser.parse("www.example.com:8080/x");
        assertEquals("www.example.com", withPort.host());
        assertEquals(8080, withPort.port());
    }

    @Test
    void mailtoIsNotAWebLink() {
        ParsedUrl u = UrlParser.parse("mailto:a@example.com");
        assertEquals("mailto", u.scheme());
        assertNull(u.host());
        assertFalse(u.malformed());
        assertFalse(u.isWeb());
    }

    @Test
    void relativeAndEmptyLinksAreMalformed() {
        assertTrue(UrlParser.parse("").malformed());
        assertTrue(UrlParser.parse("/just/a/path").malformed());
        assertTrue(UrlParser.parse("http://").malformed());
    }

    @Test
    void veryLongUrlIsReadOnItsFirstPart() {
        String href = "https://example.com/" + "a".repeat(100_000);
        ParsedUrl u = UrlParser.parse(href);
        assertEquals("example.com", u.host());
        assertEquals(href, u.raw());
        assertTrue(u.path().length() < UrlParser.MAX_LENGTH);
    }

    @Test
    void oddInputNeverThrows() {
        String[] odd = {null, "", " ", ":", "::", "http:", "http://", "http://@", "http://:@:/", "http://[", "http://]",
            "http://[]", "http://[:::]", "//", "\\\\", "%", "%zz", "http://%zz/", "http://%E0%A4/", "http://\u0000/",
            "javascript:", "data:", "a:b:c", "http://a:b:c:d", "https://" + "a.".repeat(3000) + "com",
            "http://xn--/", "http://..", "http://.", "\uD800", "http://\uD800.com/", "mailto:", "tel:+81"};
        for (String s : odd) {
            assertDoesNotThrow(() -> UrlParser.parse(s), String.valueOf(s));
        }
    }
}
