package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.testsupport.Emails;
import org.junit.jupiter.api.Test;

// ReassuranceRule: the sender and every link on the claimed brand's official
// domains (what clears Amazon's genuine notice); half as sure without links;
// never for a forged sender, another brand's claim or a disguised name.
class ReassuranceRuleTest {

    private static final BrandRegistry BRANDS = BrandRegistry.loadDefault();
    private static final RuleProbe PROBE = new RuleProbe(new ReassuranceRule(), BRANDS);

    private static Emails.Builder amazon() {
        return Emails.from("payments-messages@amazon.co.jp").name("Amazon.co.jp").subject("お支払いの利用承認が得られませんでした");
    }

    @Test
    void anOfficialSenderWithOnlyOfficialLinksIsReassuredFully() {
        Finding f = PROBE.only(amazon().link("https://www.amazon.co.jp/gp/css/order-history", "支払い方法を更新する"),
                Signal.OFFICIAL_SENDER_AND_LINKS);
        assertEquals(1.0, f.confidence());
        assertEquals("amazon", f.args().get("brand"));
    }

    @Test
    void anOfficialSenderWithoutLinksIsReassuredByHalf() {
        // A From address is easy to forge; with no link to check, the sender alone proves less.
        assertEquals(0.5, PROBE.only(amazon(), Signal.OFFICIAL_SENDER_AND_LINKS).confidence());
    }

    @Test
    void oneOutsideLinkRemovesTheReassurance() {
        // The spoofed-official pattern: a real domain in From, a link elsewhere.
        PROBE.assertNone(amazon().link("https://www.amazon.co.jp/", "ok").link("https://pay-amazon.example.top/", "更新"),
                Signal.OFFICIAL_SENDER_AND_LINKS);
    }

    @Test
    void aRedirectorEndingOutsideRemovesTheReassurance() {
        PROBE.assertNone(amazon().link("https://www.google.com/url?q=https://evil.example.top/", "更新"),
                Signal.OFFICIAL_SENDER_AND_LINKS);
    }

    @Test
    void mailtoLinksAreNotPagesAndDoNotCount() {
        assertEquals(1, PROBE.findings(amazon().link("mailto:cs-reply@amazon.co.jp", "お問い合わせ")).size());
    }

    @Test
    void anUnrelatedSenderIsNeverReassured() {
        PROBE.assertNone(Emails.from("info@example-shop.co.jp").name("Example Shop").link("https://example-shop.co.jp/", "x"),
                Signal.OFFICIAL_SENDER_AND_LINKS);
    }

    @Test
    void aSenderOfOneBrandClaimingAnotherIsNotReassured() {
        // apple.com is official for Apple, not for the Amazon the display name claims.
        PROBE.assertNone(Emails.from("no_reply@email.apple.com").name("Amazon.co.jp").subject("Amazonアカウント"),
                Signal.OFFICIAL_SENDER_AND_LINKS);
    }

    @Test
    void aBrandsUserMailDomainIsNotTheBrandSpeaking() {
        // Anyone can have an icloud.com address; it is Apple's domain but not Apple's voice.
        PROBE.assertNone(Emails.from("someone@icloud.com").name("Apple").subject("Apple ID"), Signal.OFFICIAL_SENDER_AND_LINKS);
    }

    @Test
    void aFailedDmarcCheckRemovesTheReassurance() {
        PROBE.assertNone(amazon().header("Authentication-Results", "mx.example; dmarc=fail header.from=amazon.co.jp"),
                Signal.OFFICIAL_SENDER_AND_LINKS);
    }

    @Test
    void aDisguisedBrandNameIsNotReassured() {
        // Even from a real domain, a look-alike spelling of the name is a deliberate trick.
        assertTrue(PROBE.findings(Emails.from("payments-messages@amazon.co.jp").name("Аmazon")).isEmpty());
    }
}
