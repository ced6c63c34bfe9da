package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Redirectors that carry their target in the URL are followed without fetching
// anything, up to MAX_DEPTH; hosts that are not known redirectors are never
// unwrapped, so a scam page cannot write an official target into its own link.
class RedirectorsTest {

    private static List<String> hosts(String href) {
        return Redirectors.unwrap(UrlParser.parse(href)).stream().map(ParsedUrl::host).toList();
    }

    private static String finalHost(String href) {
        List<String> h = hosts(href);
        return h.get(h.size() - 1);
    }

    @Test
    void googleUrlRedirectIsFollowedToItsQTarget() {
        assertEquals(List.of("www.google.com", "evil.example"),
                hosts("https://www.google.com/url?sa=t&q=https%3A%2F%2Fevil.example%2Flogin&usg=x"));
    }

    @Test
    void googleUrlRedirectAlsoUsesTheUrlParameterAndCountryDomains() {
        assertEquals("evil.example", finalHost("https://www.google.co.jp/url?url=https://evil.example/"));
    }

    @Test
    void googleAmpViewerIsFollowed() {
        assertEquals("evil.example", finalHost("https://www.google.com/amp/s/evil.example/page"));
    }

    @Test
    void translateProxyHostDecodesHyphensToDots() {
        ParsedUrl u = Redirectors.unwrap(UrlParser.parse(
                "https://www-amazon-co-jp.translate.goog/ap/signin?_x_tr_sl=auto&_x_tr_tl=ja&id=1")).get(1);
        assertEquals("www.amazon.co.jp", u.host());
        assertEquals("/ap/signin", u.path());
        assertEquals("id=1", u.query());
    }

    @Test
    void translateProxyDoubleHyphenIsAHyphen() {
        assertEquals("my-site.example.com", finalHost("https://my--site-example-com.translate.goog/"));
    }

    @Test
    void outlookSafeLinksAreFollowedAndTransparent() {
        String href = "https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Fx&data=05";
        assertEquals("evil.example", finalHost(href));
        assertTrue(Redirectors.isTransparent("jpn01.safelinks.protection.outlook.com"));
    }

    @Test
    void facebookLinkShimIsFollowedAndShown() {
        assertEquals("evil.example", finalHost("https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2F&h=AT0"));
        assertFalse(Redirectors.isTransparent("l.facebook.com"));
    }

    @Test
    void proofpointV3IsFollowed() {
        assertEquals("evil.example",
                finalHost("https://urldefense.com/v3/__https://evil.example/login__;!!abc$"));
    }

    @Test
    void bingClickTrackerDecodesItsBase64Target() {
        String b64 = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("https://evil.example/x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("evil.example", finalHost("https://www.bing.com/ck/a?!&&p=abc&u=a1" + b64 + "&ntb=1"));
    }

    @Test
    void nestedRedirectorsAreFollowedInOrder() {
        String inner = "https://l.facebook.com/l.php?u=" + java.net.URLEncoder.encode("https://evil.example/",
                java.nio.charset.StandardCharsets.UTF_8);
        String outer = "https://www.google.com/url?q=" + java.net.URLEncoder.encode(inner,
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of("www.google.com", "l.facebook.com", "evil.example"), hosts(outer));
    }

    @Test
    void unwrappingStopsAtMaxDepth() {
        String href = "https://evil.example/";
        for (int i = 0; i < Redirectors.MAX_DEPTH + 3; i++) {
            href = "https://www.google.com/url?q=" + java.net.URLEncoder.encode(href, java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> chain = hosts(href);
        assertEquals(Redirectors.MAX_DEPTH + 1, chain.size());
        assertEquals("www.google.com", chain.get(chain.size() - 1));
    }

    @Test
    void urlParameterOnAnUnknownHostIsNotFollowed() {
        // A scam page could put an official target in its own query: never trust it.
        assertEquals(List.of("evil.example"), hosts("https://evil.example/go?url=https://www.amazon.co.jp/"));
    }

    @Test
    void googleNameOnAFreePlatformIsNotGoogle() {
        // google.blogspot.com is anyone's blog, not Google's redirector.
        assertEquals(List.of("google.blogspot.com"), hosts("https://google.blogspot.com/url?q=https://www.amazon.co.jp/"));
    }

    @Test
    void redirectorWithoutATargetStaysWhereItIs() {
        assertEquals(List.of("www.google.com"), hosts("https://www.google.com/url?sa=t"));
        assertEquals(List.of("www.google.com"), hosts("https://www.google.com/url?q=javascript:alert(1)"));
    }

    @Test
    void ordinaryLinksAndOddInputAreTheirOwnTarget() {
        assertEquals(List.of("www.amazon.co.jp"), hosts("https://www.amazon.co.jp/"));
        assertEquals(1, Redirectors.unwrap(UrlParser.parse("%%%")).size());
        assertEquals(1, Redirectors.unwrap(null).size());
    }
}
