package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.LookalikeDetector;
import dev.minuku.testsupport.Emails;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

// LinkRule walks every analyzed link once and says where each really goes:
// not the claimed brand's, a lookalike, text showing another site, IP hosts,
// userinfo tricks, odd ports, encoded or long links, shorteners, redirectors,
// the reader's own address, script schemes, abused endings, malformed and
// plain-http sign-in links. Each code has a firing fixture and a must-not-fire
// fixture saying why; every link finding names its link.
class LinkRuleTest {

    private static final BrandRegistry BRANDS = Contexts.threeBrands();
    private static final LinkRule RULE = new LinkRule(new LookalikeDetector(BRANDS));
    private static final RuleProbe PROBE = new RuleProbe(RULE, BRANDS);

    /** A mail that claims no brand: sender, name and texts name none. */
    private static Emails.Builder plain() {
        return Emails.from("news@example-shop.com").name("Example Shop").subject("お知らせ");
    }

    /** A mail whose display name claims Amazon. */
    private static Emails.Builder claimingAmazon() {
        return Emails.from("news@example-shop.com").name("Amazon.co.jp").subject("お知らせ");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- LINK_NOT_OFFICIAL ------------------------------------------------------------

    @Test
    void amazonMailLinksToAnUnrelatedSite() {
        Finding f = PROBE.only(claimingAmazon().link("https://secure-login.example.net/update", "お支払い方法を更新"),
                Signal.LINK_NOT_OFFICIAL);
        assertEquals("amazon", f.args().get("brand"));
        assertEquals("example.net", f.args().get("domain"));
        assertEquals(0, f.linkIndex());
    }

    @Test
    void aNoticeAboutTheAccountLinkingOffTheBrandCountsFully() {
        Finding f = PROBE.only(claimingAmazon().subject("お支払い方法の利用承認が得られませんでした")
                .link("https://secure-login.example.net/update", "お支払い方法を更新"), Signal.LINK_NOT_OFFICIAL);
        assertEquals(1.0, f.confidence(), 1e-9);
    }

    @Test
    void aNewsletterLinkingToAPartnerCountsLess() {
        // A brand's newsletter may send the reader to a partner's site; its account notices never do.
        Finding f = PROBE.only(claimingAmazon().subject("夏のおすすめ").body("提携ホテルの特別プランをご紹介します。")
                .link("https://hotel-partner.example.net/plan", "特別プランを見る"), Signal.LINK_NOT_OFFICIAL);
        assertEquals(LinkRule.OUTSIDE_NOTICE, f.confidence(), 1e-9);
    }

    @Test
    void notOfficialIsJudgedOnTheRedirectTarget() {
        Finding f = PROBE.only(claimingAmazon().link("https://www.google.com/url?q=" + enc("https://pay.example.net/x"), "確認"),
                Signal.LINK_NOT_OFFICIAL);
        assertEquals("example.net", f.args().get("domain"));
    }

    private static final BrandRegistry ALL_BRANDS = BrandRegistry.loadDefault();
    private static final LinkRule ALL_BRANDS_RULE = new LinkRule(new LookalikeDetector(ALL_BRANDS));

    private static List<Signal> withAllBrands(Emails.Builder email) {
        return ALL_BRANDS_RULE.evaluate(Contexts.of(email.build(), ALL_BRANDS)).stream().map(Finding::signal).toList();
    }

    @Test
    void aLinkTheBrandRelaysThroughItsOwnRedirectorInItsOwnMailIsNotUnofficial() {
        // Why not: Google Calendar, writing from google.com, wraps the organizer's meeting link in its own
        // redirector; it relays the link and does not present it as a Google page.
        List<Signal> s = withAllBrands(Emails.from("calendar-notification@google.com").name("Google Calendar")
                .subject("Invitation: Project sync")
                .link("https://www.google.com/url?q=" + enc("https://zoom.example.us/j/123") + "&sa=D", "Join"));
        assertFalse(s.contains(Signal.LINK_NOT_OFFICIAL), s.toString());
        assertTrue(s.contains(Signal.LINK_REDIRECTOR), s.toString());
    }

    @Test
    void theBrandsRedirectorInMailFromAnotherDomainIsStillUnofficial() {
        // An open redirector on the brand's domain does not vouch for a mail the brand did not send.
        assertTrue(withAllBrands(Emails.from("info@calendar-notice.example.com").name("Google Calendar")
                .subject("Invitation")
                .link("https://www.google.com/url?q=" + enc("https://evil.example.net/") + "&sa=D", "Join"))
                .contains(Signal.LINK_NOT_OFFICIAL));
    }

    @Test
    void amazonMailLinkingToAmazonIsOfficial() {
        // www.amazon.co.jp is below an official domain.
        PROBE.assertNone(claimingAmazon().link("https://www.amazon.co.jp/gp/css/order-history", "注文履歴"), Signal.LINK_NOT_OFFICIAL);
    }

    @Test
    void mailtoLinkIsNotAWebDestination() {
        // mailto: opens the mail client; it leads to no site that could be official or not.
        PROBE.assertNone(claimingAmazon().link("mailto:cs@example.net", "お問い合わせ"), Signal.LINK_NOT_OFFICIAL);
    }

    @Test
    void brandsOwnShortenerInItsMailIsNotUnofficial() {
        // amzn.to is Amazon's own shortener: still a shortener, at half weight, but not "not Amazon's".
        Emails.Builder email = claimingAmazon().link("https://amzn.to/3abcDEF", "詳しくはこちら");
        PROBE.assertNone(email, Signal.LINK_NOT_OFFICIAL);
        assertEquals(0.5, PROBE.only(email, Signal.LINK_SHORTENER).confidence(), 1e-9);
    }

    @Test
    void footerLinkToASocialNetworkIsNotUnofficial() {
        // Genuine mails link to their social accounts; no password is entered there.
        PROBE.assertNone(claimingAmazon().link("https://twitter.com/AmazonJP", "X"), Signal.LINK_NOT_OFFICIAL);
    }

    @Test
    void mailClaimingNoBrandHasNoOfficialDomainsToMiss() {
        // Without a claimed brand there is no list of official domains to compare with.
        PROBE.assertNone(plain().link("https://secure-login.example.net/", "更新"), Signal.LINK_NOT_OFFICIAL);
    }

    // ---- LINK_LOOKALIKE_DOMAIN --------------------------------------------------------------

    @Test
    void linkToAmazonDomainUsedAsASubdomain() {
        Finding f = PROBE.only(plain().link("https://amazon.co.jp.example.top/ap/signin", "サインイン"), Signal.LINK_LOOKALIKE_DOMAIN);
        assertEquals("amazon.co.jp.example.top", f.args().get("domain"));
        assertEquals("amazon", f.args().get("brand"));
        assertEquals("BRAND_AS_SUBDOMAIN", f.args().get("technique"));
    }

    @Test
    void linkToAGenuineAmazonHostIsNoLookalike() {
        // Official hosts never imitate.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/", "Amazon"), Signal.LINK_LOOKALIKE_DOMAIN);
    }

    @Test
    void linkToARestaurantNamedLikeAFruitBrandIsNoLookalike() {
        // "apple" glued to an ordinary word is a name, not an imitation.
        PROBE.assertNone(plain().link("https://www.applebees.com/menu", "Menu"), Signal.LINK_LOOKALIKE_DOMAIN);
    }

    // ---- LINK_TEXT_HOST_MISMATCH ----------------------------------------------------------------

    @Test
    void textShowsAmazonButLinkGoesElsewhere() {
        Finding f = PROBE.only(plain().link("https://evil.example.net/login", "www.amazon.co.jp"), Signal.LINK_TEXT_HOST_MISMATCH);
        assertEquals("amazon.co.jp", f.args().get("shown"));
        assertEquals("example.net", f.args().get("domain"));
    }

    @Test
    void textShowsAFullUrlButLinkIsAShortener() {
        assertTrue(PROBE.signals(plain().link("https://bit.ly/3xYz", "https://www.amazon.co.jp/ap/signin"))
                .contains(Signal.LINK_TEXT_HOST_MISMATCH));
    }

    @Test
    void textShowsAnAddressButMailtoWritesToAnother() {
        Finding f = PROBE.only(plain().link("mailto:help-desk@gmail.com", "support@amazon.co.jp"), Signal.LINK_TEXT_HOST_MISMATCH);
        assertEquals("gmail.com", f.args().get("domain"));
    }

    @Test
    void domainInsideJapaneseTextIsFound() {
        assertTrue(PROBE.signals(plain().link("https://evil.example.net/", "amazon.co.jpからのお知らせ"))
                .contains(Signal.LINK_TEXT_HOST_MISMATCH));
    }

    @Test
    void textWithWwwAndLinkWithSchemeAreTheSameSite() {
        // www. and the scheme are not part of the site.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/", "www.amazon.co.jp"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void trailingSlashDiffersOnlyInThePath() {
        // "https://example.com/" and "https://example.com" are the same place.
        PROBE.assertNone(plain().link("https://example.com", "https://example.com/"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void angleBracketsAroundTheUrlAreNotPartOfIt() {
        // <URL> is how plain-text mail marks a link.
        PROBE.assertNone(plain().link("https://example.com/", "<https://example.com>"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void mailtoTextAndMailtoHrefToTheSameAddress() {
        // The text shows exactly where the link writes to.
        PROBE.assertNone(plain().link("mailto:a@example.com", "mailto:a@example.com"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void japaneseBracketsAroundTheDomainAndASubpageLink() {
        // 「」 are quotation marks; a subpage of the shown site is the shown site.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/gp/css/order-history", "「amazon.co.jp」"),
                Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void fullWidthDomainTextIsTheSameDomain() {
        // Full-width letters and dots read as the ASCII domain (NFKC).
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/", "ａｍａｚｏｎ．ｃｏ．ｊｐ"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void twoOfficialDomainsOfOneBrandAreTheSameSite() {
        // amazon.com shown, amazon.co.jp linked: both are Amazon's.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/", "amazon.com"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void fileNamesAndVersionNumbersAreNotShownDomains() {
        // invoice.zip is a file name and 1.5 a version, not sites the text promises.
        PROBE.assertNone(plain().link("https://files.example.net/x", "invoice.zip をダウンロード"), Signal.LINK_TEXT_HOST_MISMATCH);
        PROBE.assertNone(plain().link("https://files.example.net/x", "Version 1.5"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    @Test
    void ordinaryButtonTextShowsNoDomain() {
        // The text names no place, so it cannot name the wrong one.
        PROBE.assertNone(plain().link("https://evil.example.net/", "注文内容を表示"), Signal.LINK_TEXT_HOST_MISMATCH);
    }

    // ---- LINK_NUMERIC_IP ------------------------------------------------------------------------

    @Test
    void linkToAnIpAddressWrittenAsOneNumber() {
        Finding f = PROBE.only(plain().link("http://3232235777/login", "ログイン"), Signal.LINK_NUMERIC_IP);
        assertEquals("192.168.1.1", f.evidence());
        assertTrue(PROBE.signals(plain().link("http://[::1]/", "x")).contains(Signal.LINK_NUMERIC_IP));
    }

    @Test
    void linkToANamedSiteIsNoIp() {
        // A name, not an address.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/", "Amazon"), Signal.LINK_NUMERIC_IP);
    }

    // ---- LINK_USERINFO ----------------------------------------------------------------------------

    @Test
    void amazonWrittenBeforeTheAtSign() {
        Finding f = PROBE.only(plain().link("https://www.amazon.co.jp@evil.example.net/signin", "サインイン"), Signal.LINK_USERINFO);
        assertEquals("www.amazon.co.jp", f.args().get("shown"));
        assertEquals("evil.example.net", f.args().get("domain"));
    }

    @Test
    void atSignInThePathIsNoUserinfo() {
        // After the first slash '@' is part of the path; the host is Amazon's.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/@evil", "x"), Signal.LINK_USERINFO);
    }

    // ---- LINK_NONDEFAULT_PORT ------------------------------------------------------------------------

    @Test
    void linkOnAnUnusualPort() {
        Finding f = PROBE.only(plain().link("https://example.net:8443/login", "x"), Signal.LINK_NONDEFAULT_PORT);
        assertEquals("8443", f.args().get("port"));
    }

    @Test
    void defaultPortWrittenOutIsNotUnusual() {
        // :443 on https is where the browser goes anyway.
        PROBE.assertNone(plain().link("https://example.net:443/", "x"), Signal.LINK_NONDEFAULT_PORT);
    }

    // ---- LINK_LONG_OR_ENCODED ---------------------------------------------------------------------------

    @Test
    void percentEncodedHost() {
        assertEquals(1.0, PROBE.only(plain().link("http://%65%76%69%6c.example.net/", "x"), Signal.LINK_LONG_OR_ENCODED)
                .confidence(), 1e-9);
    }

    @Test
    void veryLongLink() {
        assertEquals(0.5, PROBE.only(plain().link("https://example.net/?t=" + "a1b2".repeat(100), "x"),
                Signal.LINK_LONG_OR_ENCODED).confidence(), 1e-9);
    }

    @Test
    void base64PayloadThatDecodesToText() {
        String payload = Base64.getUrlEncoder().encodeToString(
                "redirect=https://evil.example.net/collect?user=someone".getBytes(StandardCharsets.UTF_8));
        assertTrue(PROBE.signals(plain().link("https://example.net/r?d=" + payload, "x")).contains(Signal.LINK_LONG_OR_ENCODED));
    }

    @Test
    void randomTrackingTokenIsNotAnEncodedPayload() {
        // A binary token (what click-trackers use) decodes to no text.
        byte[] bytes = new byte[48];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PROBE.assertNone(plain().link("https://example.net/c?t=" + token, "x"), Signal.LINK_LONG_OR_ENCODED);
    }

    @Test
    void outlookSafeLinksWrapperIsJudgedOnItsTarget() {
        // The reader's own mail security rewrote the link: long and encoded, but the target is short and plain.
        String href = "https://jpn01.safelinks.protection.outlook.com/?url=" + enc("https://www.example.net/news")
                + "&data=05%7C02%7Ctaro%40example.co.jp%7C" + "0123456789abcdef".repeat(10) + "&reserved=0";
        Emails.Builder email = plain().link(href, "x");
        PROBE.assertNone(email, Signal.LINK_LONG_OR_ENCODED);
        PROBE.assertNone(email, Signal.LINK_REDIRECTOR);
    }

    // ---- LINK_SHORTENER -------------------------------------------------------------------------------

    @Test
    void linkThroughAPublicShortener() {
        Finding f = PROBE.only(plain().link("https://bit.ly/3xYzAbc", "こちら"), Signal.LINK_SHORTENER);
        assertEquals("bit.ly", f.args().get("domain"));
        assertEquals(1.0, f.confidence(), 1e-9);
    }

    @Test
    void directLinkIsNoShortener() {
        // amazon.co.jp is no shortening service.
        PROBE.assertNone(plain().link("https://www.amazon.co.jp/", "Amazon"), Signal.LINK_SHORTENER);
    }

    // ---- LINK_REDIRECTOR --------------------------------------------------------------------------------

    @Test
    void googleRedirectToAnotherSite() {
        Finding f = PROBE.only(plain().link("https://www.google.com/url?q=" + enc("https://evil.example.net/x") + "&sa=D", "x"),
                Signal.LINK_REDIRECTOR);
        assertEquals("google.com", f.args().get("domain"));
        assertEquals("evil.example.net", f.args().get("target"));
    }

    @Test
    void googleTranslateProxyOfAnotherSite() {
        Finding f = PROBE.only(plain().link("https://evil-example-net.translate.goog/login?_x_tr_sl=auto&_x_tr_tl=ja", "x"),
                Signal.LINK_REDIRECTOR);
        assertEquals("evil.example.net", f.args().get("target"));
    }

    @Test
    void redirectEndingOnAnOfficialSiteWeighsLess() {
        assertEquals(0.5, PROBE.only(plain().link("https://www-amazon-co-jp.translate.goog/", "x"), Signal.LINK_REDIRECTOR)
                .confidence(), 1e-9);
    }

    @Test
    void redirectBackToTheSendersOwnSiteWeighsLess() {
        // A newsletter's YouTube link that leads back to the shop's own page hides nothing from its reader.
        assertEquals(0.5, PROBE.only(plain().link("https://www.youtube.com/redirect?q=" + enc("https://example-shop.com/events"), "x"),
                Signal.LINK_REDIRECTOR).confidence(), 1e-9);
    }

    @Test
    void directLinkIsNoRedirect() {
        // Nothing to unwrap.
        PROBE.assertNone(plain().link("https://example.net/url?q=https://www.amazon.co.jp/", "x"), Signal.LINK_REDIRECTOR);
    }

    // ---- LINK_RECIPIENT_IN_URL -----------------------------------------------------------------------------

    @Test
    void readersAddressInTheLink() {
        Finding f = PROBE.only(plain().to("taro@example.co.jp").link("https://verify.example.ml/x?u=taro@example.co.jp", "確認"),
                Signal.LINK_RECIPIENT_IN_URL);
        assertEquals("example.ml", f.args().get("domain"));
    }

    @Test
    void readersAddressPercentEncodedInTheLink() {
        assertTrue(PROBE.signals(plain().to("taro@example.co.jp").link("https://verify.example.ml/x?u=TARO%2540example.co.jp", "x"))
                .contains(Signal.LINK_RECIPIENT_IN_URL));
    }

    @Test
    void readersAddressBase64EncodedInTheLink() {
        String b64 = Base64.getEncoder().encodeToString("taro@example.co.jp".getBytes(StandardCharsets.UTF_8));
        assertTrue(PROBE.signals(plain().to("taro@example.co.jp").link("https://verify.example.ml/#" + b64, "x"))
                .contains(Signal.LINK_RECIPIENT_IN_URL));
        String urlSafe = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("id=1&email=taro@example.co.jp".getBytes(StandardCharsets.UTF_8));
        assertTrue(PROBE.signals(plain().to("taro@example.co.jp").link("https://verify.example.ml/p/" + urlSafe, "x"))
                .contains(Signal.LINK_RECIPIENT_IN_URL));
    }

    @Test
    void brandsOwnLinkMayCarryTheAddress() {
        // An official unsubscribe link naming the reader is how genuine mail works.
        PROBE.assertNone(plain().to("taro@example.co.jp").link("https://www.amazon.co.jp/unsub?e=taro@example.co.jp", "配信停止"),
                Signal.LINK_RECIPIENT_IN_URL);
    }

    @Test
    void anotherAddressInTheLinkIsNotTheReaders() {
        // Only the reader's own address makes a per-recipient link.
        PROBE.assertNone(plain().to("taro@example.co.jp").link("https://verify.example.ml/x?u=jiro@example.co.jp", "x"),
                Signal.LINK_RECIPIENT_IN_URL);
    }

    @Test
    void withoutARecipientThereIsNothingToLookFor() {
        // The request did not say who the reader is.
        PROBE.assertNone(plain().link("https://verify.example.ml/x?u=taro@example.co.jp", "x"), Signal.LINK_RECIPIENT_IN_URL);
    }

    // ---- LINK_SCRIPT_SCHEME --------------------------------------------------------------------------------------

    @Test
    void javascriptAndDataLinks() {
        assertEquals("javascript", PROBE.only(plain().link("javascript:alert(1)", "開く"), Signal.LINK_SCRIPT_SCHEME)
                .args().get("scheme"));
        assertEquals("data", PROBE.only(plain().link("data:text/html;base64,PHNjcmlwdD4=", "開く"), Signal.LINK_SCRIPT_SCHEME)
                .args().get("scheme"));
    }

    @Test
    void webLinkRunsNoScript() {
        // https opens a page.
        PROBE.assertNone(plain().link("https://example.net/", "x"), Signal.LINK_SCRIPT_SCHEME);
    }

    // ---- LINK_ABUSED_TLD ---------------------------------------------------------------------------------------------

    @Test
    void linkOnTopEnding() {
        Finding f = PROBE.only(plain().link("https://shop.example.top/", "x"), Signal.LINK_ABUSED_TLD);
        assertEquals("top", f.args().get("tld"));
        assertEquals("example.top", f.args().get("domain"));
    }

    @Test
    void linkOnCoJpIsNoAbusedTld() {
        // .co.jp is an ordinary ending.
        PROBE.assertNone(plain().link("https://www.example.co.jp/", "x"), Signal.LINK_ABUSED_TLD);
    }

    // ---- LINK_MALFORMED ---------------------------------------------------------------------------------------------

    @Test
    void brokenLinks() {
        assertTrue(PROBE.signals(plain().link("http://[::1", "x")).contains(Signal.LINK_MALFORMED));
        assertTrue(PROBE.signals(plain().link("%%%", "x")).contains(Signal.LINK_MALFORMED));
    }

    @Test
    void inPageAnchorsAreNotBroken() {
        // "#" and empty hrefs jump within the message; they hide nothing.
        PROBE.assertNone(plain().link("#", "上へ"), Signal.LINK_MALFORMED);
        PROBE.assertNone(plain().link("", "x"), Signal.LINK_MALFORMED);
        PROBE.assertNone(plain().link("tel:+81-3-0000-0000", "電話"), Signal.LINK_MALFORMED);
    }

    // ---- LINK_INSECURE_LOGIN -----------------------------------------------------------------------------------------

    @Test
    void plainHttpSignInPage() {
        assertTrue(PROBE.signals(plain().link("http://example.net/login", "x")).contains(Signal.LINK_INSECURE_LOGIN));
        assertTrue(PROBE.signals(plain().link("http://example.net/", "ログインする")).contains(Signal.LINK_INSECURE_LOGIN));
    }

    @Test
    void httpsSignInOrHttpNewsIsNoInsecureLogin() {
        // Encrypted sign-in is fine; an unencrypted news page asks for nothing.
        PROBE.assertNone(plain().link("https://example.net/login", "ログイン"), Signal.LINK_INSECURE_LOGIN);
        PROBE.assertNone(plain().link("http://example.net/news", "ニュース"), Signal.LINK_INSECURE_LOGIN);
    }

    // ---- one walk, many links ------------------------------------------------------------------------------------------

    @Test
    void eachFindingNamesItsLink() {
        List<Finding> f = PROBE.findings(claimingAmazon()
                .link("https://www.amazon.co.jp/", "Amazon")
                .link("https://bit.ly/3xYz", "こちら"));
        assertFalse(f.isEmpty());
        assertTrue(f.stream().allMatch(x -> x.linkIndex() == 1), f.toString());
    }

    @Test
    void urlWrittenInTheBodyIsALinkToo() {
        Finding f = PROBE.only(plain().body("こちらから確認してください https://amazon.co.jp.example.top/signin 。"),
                Signal.LINK_LOOKALIKE_DOMAIN);
        assertEquals(0, f.linkIndex());
    }

    @Test
    void lookalikeScamOfTheDesignNotes() {
        // Design case 2: claims Amazon, link on a free .ml host carrying the reader's address.
        Set<Signal> s = PROBE.signals(Emails.from("amazonjp@emailamazoncojp.cf").name("Amazon.co.jp")
                .to("taro@example.co.jp")
                .link("https://amzn-verify.ml/claim?mail=taro@example.co.jp", "所有者の証明"));
        assertTrue(s.containsAll(Set.of(Signal.LINK_NOT_OFFICIAL, Signal.LINK_LOOKALIKE_DOMAIN, Signal.LINK_ABUSED_TLD,
                Signal.LINK_RECIPIENT_IN_URL)), s.toString());
    }

    @Test
    void genuineAmazonNoticeRaisesNoLinkFinding() {
        // Design case 3: official sender, official links; nothing to say.
        assertEquals(Set.of(), PROBE.signals(Emails.from("payments-messages@amazon.co.jp").name("Amazon.co.jp")
                .to("taro@example.co.jp")
                .link("https://www.amazon.co.jp/gp/css/order-history", "支払い方法を更新する")));
    }
}
