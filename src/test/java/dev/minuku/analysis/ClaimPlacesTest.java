package dev.minuku.analysis;

import static dev.minuku.analysis.TextContexts.prepare;
import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// How much findings resting on a brand claim count: by where the brand was named,
// and no more than a mention when a sender that names itself only mentions a brand
// in a mail that makes no account, payment, delivery, prize or security notice.
class ClaimPlacesTest {

    private static double weight(EmailMessage m) {
        AnalysisContext ctx = prepare(m);
        return ClaimPlaces.weight(ctx);
    }

    @Test
    void aShopNamingItselfThatAnnouncesPayPayInItsSubjectOnlyMentionsIt() {
        // A coffee shop adding a payment option is not PayPay speaking.
        assertEquals(ClaimPlaces.MENTION, weight(mail().from("ミヌク珈琲", "shop@minuku-coffee.example.jp")
                .subject("【ミヌク珈琲】お支払い方法にPayPayを追加しました")
                .body("オンラインストアでPayPayがご利用いただけるようになりました。").build()), 1e-9);
    }

    @Test
    void aBookshopMentioningYouTubeInItsNewsletterOnlyMentionsIt() {
        assertEquals(ClaimPlaces.MENTION, weight(mail().from("Harbor Books", "news@harborbooks.example.com")
                .subject("This week's picks").body("Join our author talk; we'll stream it on YouTube too.").build()), 1e-9);
    }

    @Test
    void aPaymentNoticeNamingABrandInItsSubjectClaimsItWhateverTheDisplayName() {
        // Why not a mention: a payment-failure notice about Amazon is the scam's whole story.
        assertEquals(1.0, weight(mail().from("Tokyo Trading", "info@tokyo-trading.example.jp")
                .subject("【Amazon】お支払い方法の利用承認が得られませんでした")
                .body("お支払い方法を更新してください。").build()), 1e-9);
    }

    @Test
    void aRoleOnlyDisplayNameNamesNoSender() {
        // Why not a mention: "Customer Service" says a role, not who is writing; the subject's brand is the claim.
        assertEquals(1.0, weight(mail().from("Customer Service", "a@example.com")
                .subject("Your Apple order W1234").body("Thank you for your order.").build()), 1e-9);
    }

    @Test
    void aMailWithoutADisplayNameClaimsTheBrandOfItsSubject() {
        // Why not a mention: with no name of its own, the subject is how the mail presents itself.
        assertEquals(1.0, weight(mail().from("", "a@example.com").subject("Amazonポイントのお知らせ")
                .body("ポイントが付与されました。").build()), 1e-9);
    }

    @Test
    void aLetterheadInTheBodyIsAFullClaim() {
        assertEquals(1.0, weight(mail().from("", "info@example.co.jp").subject("お支払い方法の確認")
                .body("Amazon", "お支払い方法の確認が必要です。").build()), 1e-9);
    }

    @Test
    void aBrandElsewhereInTheBodyOfANoticeCountsLess() {
        double w = weight(mail().from("", "info@example.co.jp").subject("お支払い方法の確認")
                .body("ご登録のカードでAmazonのお支払いができませんでした。").build());
        assertEquals(0.6, w, 1e-9);
    }

    @Test
    void roleWordsAloneDoNotNameASender() {
        assertFalse(ClaimPlaces.namesItself("カスタマーサポート"));
        assertFalse(ClaimPlaces.namesItself("Customer Support Team"));
        assertFalse(ClaimPlaces.namesItself("no-reply"));
        assertFalse(ClaimPlaces.namesItself(""));
        assertTrue(ClaimPlaces.namesItself("ミヌク珈琲 カスタマーサポート"));
        assertTrue(ClaimPlaces.namesItself("Harbor Books"));
    }
}
