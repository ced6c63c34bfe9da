package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.testsupport.Emails;
import org.junit.jupiter.api.Test;

// SenderNoticeRule: an account or payment notice from a sender that names
// neither itself nor any service (design case 1). A sender that names itself,
// a brand's own sender, free mail and other notices are not this finding.
class SenderNoticeRuleTest {

    private static final RuleProbe PROBE = new RuleProbe(new SenderNoticeRule(), BrandRegistry.loadDefault());

    private static final String PAYMENT_NOTICE = "お支払い方法の利用承認が得られませんでした。お支払い方法を更新してください。";

    @Test
    void aPaymentNoticeFromAShopThatNeverNamesItselfFires() {
        Finding f = PROBE.only(Emails.from("support@fashion-shop-x.com").subject("お支払い方法の確認").body(PAYMENT_NOTICE),
                Signal.SENDER_UNRELATED_TO_NOTICE);
        assertEquals("fashion-shop-x.com", f.args().get("domain"));
    }

    @Test
    void anEnglishAccountNoticeFromAnUnnamedSenderFires() {
        PROBE.only(Emails.from("admin@mail-box-services.net").subject("Account suspended")
                .body("Your account will be suspended. Verify your account to keep it."), Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void aShopThatNamesItselfInTheTextIsNotUnrelated() {
        // 「Fashionshopx」 is the sender's own registrable label: a real shop says who it is.
        PROBE.assertNone(Emails.from("support@fashionshopx.com").subject("お支払い方法の確認")
                .body("Fashionshopx をご利用いただきありがとうございます。" + PAYMENT_NOTICE), Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void aPartOfAHyphenatedDomainNamedInTheDisplayNameCounts() {
        PROBE.assertNone(Emails.from("billing@tokyo-denki.co.jp").name("Denki Billing").subject("料金のお支払い")
                .body(PAYMENT_NOTICE), Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void aBrandsOwnSenderIsNotUnrelated() {
        PROBE.assertNone(Emails.from("payments-messages@amazon.co.jp").subject("お支払いの確認").body(PAYMENT_NOTICE),
                Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void aMailThatClaimsABrandIsLeftToTheBrandRules() {
        // With a claimed brand, SenderRule says "not the brand's domain", which is more precise.
        PROBE.assertNone(Emails.from("support@fashion-shop-x.com").name("Amazon.co.jp").subject("お支払い方法の確認")
                .body(PAYMENT_NOTICE), Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void freeMailIsLeftToTheFreeMailRule() {
        PROBE.assertNone(Emails.from("someone123@gmail.com").subject("お支払い方法の確認").body(PAYMENT_NOTICE),
                Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void aShippingNoticeIsNotAnAccountNotice() {
        PROBE.assertNone(Emails.from("info@fashion-shop-x.com").subject("発送のお知らせ")
                .body("ご注文の商品を発送しました。お届けまで今しばらくお待ちください。"), Signal.SENDER_UNRELATED_TO_NOTICE);
    }

    @Test
    void anUnreadableSenderIsNotJudged() {
        PROBE.assertNone(Emails.from("no address").subject("お支払い方法の確認").body(PAYMENT_NOTICE),
                Signal.SENDER_UNRELATED_TO_NOTICE);
    }
}
