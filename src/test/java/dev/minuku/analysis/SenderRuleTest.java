package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.LookalikeDetector;
import dev.minuku.testsupport.Emails;
import java.util.Set;
import org.junit.jupiter.api.Test;

// SenderRule judges who sent the mail: the sender domain against the brand the
// mail claims (mismatch, free mail, lookalike), an abused ending, the reader's
// own address as sender, a Reply-To elsewhere, an address that cannot be read.
// Each code has a firing fixture and a must-not-fire fixture saying why.
class SenderRuleTest {

    private static final BrandRegistry BRANDS = Contexts.threeBrands();
    private static final SenderRule RULE = new SenderRule(new LookalikeDetector(BRANDS));
    private static final RuleProbe PROBE = new RuleProbe(RULE, BRANDS);

    // ---- SENDER_BRAND_MISMATCH ---------------------------------------------------

    @Test
    void displayNameClaimsAmazonFromAnUnrelatedShopDomain() {
        Finding f = PROBE.only(Emails.from("support@milleporte-shop.com").name("Amazon.co.jp"), Signal.SENDER_BRAND_MISMATCH);
        assertEquals("amazon", f.args().get("brand"));
        assertEquals("milleporte-shop.com", f.args().get("domain"));
        assertEquals(1.0, f.confidence(), 1e-9);
        assertEquals(-1, f.linkIndex());
    }

    @Test
    void brandNamedOnlyInTheBodyIsAWeakerMismatch() {
        Finding f = PROBE.only(Emails.from("news@example-shop.com").name("Example Shop").subject("今週のお知らせ")
                .body("Amazonでも購入できます"), Signal.SENDER_BRAND_MISMATCH);
        assertTrue(f.confidence() < 1.0, "confidence " + f.confidence());
    }

    @Test
    void aShopThatNamesItselfAndOnlyMentionsABrandIsAMentionNotAMismatch() {
        // A shop announcing that Amazon Pay now works names itself and makes no notice.
        Finding f = PROBE.only(Emails.from("shop@coffee-shop.example.jp").name("ミヌク珈琲")
                .subject("【ミヌク珈琲】Amazon Payが使えるようになりました").body("ぜひご利用ください。"),
                Signal.SENDER_BRAND_MISMATCH);
        assertEquals(ClaimPlaces.MENTION, f.confidence(), 1e-9);
    }

    @Test
    void aWeakLookalikeOfTheClaimedBrandIsConfirmedByTheClaim() {
        // The domain alone resembles Amazon weakly; the display name saying Amazon makes it certain.
        Finding f = PROBE.only(Emails.from("info@amzn-jp.info").name("Amazon"), Signal.SENDER_LOOKALIKE_DOMAIN);
        assertEquals(1.0, f.confidence(), 1e-9);
    }

    @Test
    void aLookalikeOfABrandTheMailDoesNotClaimKeepsItsOwnConfidence() {
        // Why not raised: nothing in the mail says it is Amazon; only the domain's resemblance speaks.
        Finding plain = PROBE.only(Emails.from("info@amzn-jp.info").name("Tokyo Trading"), Signal.SENDER_LOOKALIKE_DOMAIN);
        assertTrue(plain.confidence() < 1.0, "confidence " + plain.confidence());
    }

    @Test
    void genuineAmazonSenderIsNoMismatch() {
        // The sender is one of Amazon's official domains.
        assertFalse(PROBE.signals(Emails.from("auto-confirm@amazon.co.jp").name("Amazon.co.jp"))
                .contains(Signal.SENDER_BRAND_MISMATCH));
    }

    @Test
    void anotherBrandsOwnMailMentioningAmazonIsNoMismatch() {
        // mercari.jp is Mercari's official domain; "Amazon" in its body is a mention, not a disguise.
        assertEquals(Set.of(), PROBE.signals(Emails.from("info@mercari.jp").name("お知らせ").subject("新機能")
                .body("Amazonギフトカードも使えるようになりました")));
    }

    @Test
    void noBrandClaimedIsNoMismatch() {
        // Nothing claims a brand, so there is nothing to mismatch.
        assertEquals(Set.of(), PROBE.signals(Emails.from("taro@example.co.jp").name("Taro").subject("週末の予定")));
    }

    // ---- SENDER_LOOKALIKE_DOMAIN ------------------------------------------------------

    @Test
    void amazonLookalikeSenderOnAFreeEnding() {
        Emails.Builder email = Emails.from("amazonjp@emailamazoncojp.cf").name("Amazon.co.jp");
        Finding f = PROBE.only(email, Signal.SENDER_LOOKALIKE_DOMAIN);
        assertEquals("emailamazoncojp.cf", f.args().get("domain"));
        assertEquals("amazon", f.args().get("brand"));
        assertEquals("TOKEN_IN_LABEL", f.args().get("technique"));
        // The lookalike already says it is not Amazon's: no second, vaguer mismatch.
        assertFalse(PROBE.signals(email).contains(Signal.SENDER_BRAND_MISMATCH));
    }

    @Test
    void lookalikeSenderIsReportedEvenWithoutAClaim() {
        assertTrue(PROBE.signals(Emails.from("no-reply@amazon.co.jp.account-check.top").name("Customer Service"))
                .contains(Signal.SENDER_LOOKALIKE_DOMAIN));
    }

    @Test
    void lookalikeOfAnotherBrandStillLeavesTheMismatch() {
        Set<Signal> s = PROBE.signals(Emails.from("id@apple-id-verify.com").name("Amazon.co.jp"));
        assertTrue(s.contains(Signal.SENDER_LOOKALIKE_DOMAIN));
        assertTrue(s.contains(Signal.SENDER_BRAND_MISMATCH));
    }

    @Test
    void officialSenderIsNoLookalike() {
        // email.amazon.com is listed as Amazon's.
        assertFalse(PROBE.signals(Emails.from("store-news@email.amazon.com").name("Amazon"))
                .contains(Signal.SENDER_LOOKALIKE_DOMAIN));
    }

    // ---- SENDER_FREEMAIL_BRAND ---------------------------------------------------------

    @Test
    void amazonClaimedFromGmail() {
        Emails.Builder email = Emails.from("amazon.support.jp@gmail.com").name("Amazon カスタマーサービス");
        Finding f = PROBE.only(email, Signal.SENDER_FREEMAIL_BRAND);
        assertEquals("gmail.com", f.args().get("domain"));
        assertEquals("amazon", f.args().get("brand"));
        // Free mail is the precise reason; the generic mismatch would repeat it.
        assertFalse(PROBE.signals(email).contains(Signal.SENDER_BRAND_MISMATCH));
    }

    @Test
    void friendWritingFromGmailIsNotFreemailBrand() {
        // Free mail is only suspicious when the mail claims to be a company.
        assertFalse(PROBE.signals(Emails.from("hanako@gmail.com").name("Hanako").subject("写真送ります"))
                .contains(Signal.SENDER_FREEMAIL_BRAND));
    }

    // ---- SENDER_ABUSED_TLD ---------------------------------------------------------------

    @Test
    void senderOnTopEnding() {
        Finding f = PROBE.only(Emails.from("info@shop-deals.top").name("Shop"), Signal.SENDER_ABUSED_TLD);
        assertEquals("top", f.args().get("tld"));
        assertEquals("shop-deals.top", f.args().get("domain"));
    }

    @Test
    void senderOnCoJpIsNoAbusedTld() {
        // .co.jp is an ordinary Japanese company ending.
        assertFalse(PROBE.signals(Emails.from("info@example.co.jp").name("Example")).contains(Signal.SENDER_ABUSED_TLD));
    }

    // ---- SENDER_SELF_SPOOF --------------------------------------------------------------------

    @Test
    void mailPretendsToComeFromTheReadersOwnAddress() {
        Finding f = PROBE.only(Emails.from("taro@example.co.jp").to("Taro@Example.co.jp").subject("Your account was hacked"),
                Signal.SENDER_SELF_SPOOF);
        assertEquals("taro@example.co.jp", f.args().get("address"));
    }

    @Test
    void mailFromSomeoneElseIsNoSelfSpoof() {
        // Different local part: another person at the same company.
        assertFalse(PROBE.signals(Emails.from("jiro@example.co.jp").to("taro@example.co.jp"))
                .contains(Signal.SENDER_SELF_SPOOF));
    }

    // ---- SENDER_REPLY_TO_MISMATCH ------------------------------------------------------------

    @Test
    void repliesDivertedToFreeMail() {
        Finding f = PROBE.only(Emails.from("news@example-shop.com").replyTo("claims-desk@gmail.com"),
                Signal.SENDER_REPLY_TO_MISMATCH);
        assertEquals("example-shop.com", f.args().get("domain"));
        assertEquals("gmail.com", f.args().get("replyDomain"));
        assertEquals(1.0, f.confidence(), 1e-9);
    }

    @Test
    void replyToHeaderWithDisplayNameOnAnotherDomain() {
        Finding f = PROBE.only(Emails.from("news@example-shop.com").header("Reply-To", "Support <help@other-desk.com>"),
                Signal.SENDER_REPLY_TO_MISMATCH);
        assertEquals("other-desk.com", f.args().get("replyDomain"));
        assertTrue(f.confidence() < 1.0);
    }

    @Test
    void replyToSubdomainOfTheSenderIsNoMismatch() {
        // Same registrable domain.
        assertFalse(PROBE.signals(Emails.from("news@example-shop.com").replyTo("help@support.example-shop.com"))
                .contains(Signal.SENDER_REPLY_TO_MISMATCH));
    }

    @Test
    void replyToAnotherOfficialDomainOfTheSameBrandIsNoMismatch() {
        // amazon.co.jp and amazon.com are both Amazon's.
        assertFalse(PROBE.signals(Emails.from("auto-confirm@amazon.co.jp").name("Amazon").replyTo("cs@amazon.com"))
                .contains(Signal.SENDER_REPLY_TO_MISMATCH));
    }

    // ---- SENDER_INVALID_ADDRESS ----------------------------------------------------------------

    @Test
    void senderAddressWithoutADomain() {
        Finding f = PROBE.only(Emails.from("amazon-support").name("Amazon"), Signal.SENDER_INVALID_ADDRESS);
        assertEquals("amazon-support", f.evidence());
        assertEquals(Signal.SENDER_INVALID_ADDRESS, PROBE.only(Emails.from("user@"), Signal.SENDER_INVALID_ADDRESS).signal());
        assertEquals(Signal.SENDER_INVALID_ADDRESS,
                PROBE.only(Emails.from("user@bad host.com"), Signal.SENDER_INVALID_ADDRESS).signal());
    }

    @Test
    void addressWithDisplayNameAndBracketsIsValid() {
        // "Name <address>" is how many clients write it.
        assertFalse(PROBE.signals(Emails.from("Taro <taro@example.co.jp>")).contains(Signal.SENDER_INVALID_ADDRESS));
    }

    @Test
    void missingAddressIsNotAnInvalidOne() {
        // Nothing was given, so nothing is wrong with it.
        assertEquals(Set.of(), PROBE.signals(Emails.from("")));
    }
}
