package dev.minuku.analysis;

import static dev.minuku.analysis.TextContexts.findings;
import static dev.minuku.analysis.TextContexts.prepare;
import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.testsupport.TextFixtures;
import dev.minuku.text.PhraseLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

// Deadlines, threats, requests for credentials or payment details, lures, and a
// nameless greeting with a call to action each give one finding whose evidence is
// the phrase in its clause; ordinary business mail gives none.
class ContentPhraseRuleTest {

    private final Rule rule = new ContentPhraseRule(PhraseLexicon.defaultLexicon());

    private List<Finding> run(EmailMessage m, Signal signal) {
        return findings(rule, prepare(m), signal);
    }

    @Test
    void aDeadlineInHoursIsPressure() {
        List<Finding> f = run(mail().from("a@example.jp").body("24時間以内に手続きを完了してください。").build(), Signal.CONTENT_DEADLINE);
        assertEquals(1, f.size());
        assertEquals("24時間以内に手続きを完了してください", f.get(0).evidence());
    }

    @Test
    void anEnglishDeadlineIsPressureToo() {
        assertEquals(1, run(mail().from("a@example.com").body("Please respond within 48 hours.").build(),
                Signal.CONTENT_DEADLINE).size());
    }

    @Test
    void aShopsReturnPeriodIsNoDeadline() {
        // Why not: 「商品到着後7日以内」 is the customer's right to return, not pressure.
        assertTrue(run(mail().from("a@example.jp").body("商品到着後7日以内であれば返品できます。").build(),
                Signal.CONTENT_DEADLINE).isEmpty());
    }

    @Test
    void stoppingTheAccountIsAThreat() {
        List<Finding> f = run(mail().from("a@example.jp")
                .body("ご確認いただけない場合、アカウントの利用を停止させていただきます。").build(), Signal.CONTENT_THREAT);
        assertEquals(1, f.size());
        assertEquals("アカウントの利用を停止させていただきます", f.get(0).evidence());
        assertEquals(0.5, f.get(0).confidence(), 1e-9);
    }

    @Test
    void moreDistinctThreatsMakeAMoreConfidentFinding() {
        Finding f = run(mail().from("a@example.jp")
                .body("アカウントは凍結されました。", "24時間後に削除されます。", "ご利用いただけなくなります。").build(),
                Signal.CONTENT_THREAT).get(0);
        assertEquals(1.0, f.confidence(), 1e-9);
    }

    @Test
    void anUnsubscribeFooterIsNoThreat() {
        // Why not: 「配信停止はこちら」 stops a newsletter; nothing is held over the reader.
        assertTrue(run(mail().from("a@example.jp").body("新商品のご案内です。", "配信停止はこちら").build(),
                Signal.CONTENT_THREAT).isEmpty());
    }

    @Test
    void askingToSignInAndProveIdentityIsACredentialRequest() {
        List<Finding> f = run(mail().from("a@example.jp")
                .body("以下のリンクからログインして、本人確認を完了してください。").build(), Signal.CONTENT_CREDENTIAL_REQUEST);
        assertEquals(1, f.size());
        assertEquals(0.75, f.get(0).confidence(), 1e-9);
    }

    @Test
    void sayingWhatWillNeverBeAskedIsNoCredentialRequest() {
        // Why not: a notice promising never to ask for the password asks nothing.
        assertTrue(run(mail().from("a@example.jp")
                .body("当社がメールでパスワードを入力いただくことはありません。").build(), Signal.CONTENT_CREDENTIAL_REQUEST).isEmpty());
    }

    @Test
    void askingToUpdateCardDetailsIsAPaymentRequest() {
        assertEquals(1, run(mail().from("a@example.jp").subject("重要なお知らせ")
                .body("有効期限が切れたため、カード情報を更新してください。").build(), Signal.CONTENT_PAYMENT_REQUEST).size());
        assertEquals(1, run(mail().from("a@example.com").body("Please update your billing details today.").build(),
                Signal.CONTENT_PAYMENT_REQUEST).size());
    }

    @Test
    void askingToConfirmThePaymentMethodIsAPaymentRequest() {
        assertEquals(1, run(mail().from("a@example.jp").subject("お支払い方法の確認をお願いします(重要)")
                .body("以下のリンクより手続きを進めてください。").build(), Signal.CONTENT_PAYMENT_REQUEST).size());
    }

    @Test
    void sayingWhereThePaymentMethodCanBeSeenIsNoPaymentRequest() {
        // Why not: 「マイページでご確認いただけます」 tells where to look; it asks for nothing.
        assertTrue(run(mail().from("a@example.jp").subject("ご注文ありがとうございます")
                .body("お支払い方法はマイページでご確認いただけます。").build(), Signal.CONTENT_PAYMENT_REQUEST).isEmpty());
    }

    @Test
    void prizesAndPointsAreLures() {
        Finding f = run(mail().from("a@example.jp").subject("ご当選のお知らせ")
                .body("抽選の結果、10,000ポイントが付与されました。ポイントを受け取るには手続きが必要です。").build(),
                Signal.CONTENT_LURE).get(0);
        assertEquals(1.0, f.confidence(), 1e-9);
        assertEquals("ご当選のお知らせ", f.evidence());
    }

    @Test
    void aNamelessGreetingWithACallToActionIsGeneric() {
        List<Finding> f = run(mail().from("a@example.jp")
                .body("お客様", "", "ご登録情報の確認が必要です。", "確認はこちら").build(), Signal.CONTENT_GENERIC_GREETING);
        assertEquals(1, f.size());
        assertEquals("お客様", f.get(0).evidence());
        assertEquals(1, run(mail().from("a@example.com").body("Dear Customer,", "Click here to verify your account.").build(),
                Signal.CONTENT_GENERIC_GREETING).size());
    }

    @Test
    void aBrandBeforeTheGreetingStillMakesItGeneric() {
        assertEquals(1, run(mail().from("a@example.jp").body("サンプルカード会員 様", "ログインはこちら").build(),
                Signal.CONTENT_GENERIC_GREETING).size());
    }

    @Test
    void aNamelessGreetingWithoutAnyRequestIsNotFlagged() {
        // Why not: greeting everyone in a notice that asks nothing harms no one.
        assertTrue(run(mail().from("a@example.jp").body("お客様各位", "年末年始の営業日についてお知らせいたします。").build(),
                Signal.CONTENT_GENERIC_GREETING).isEmpty());
    }

    @Test
    void customerNumberAndMidSentenceCustomerAreNoGreeting() {
        // Why not: 「お客様番号」 is a label and 「お客様のアカウント」 is part of a sentence.
        assertTrue(run(mail().from("a@example.jp")
                .body("お客様番号: 123456", "お客様のアカウントにログインしてください。", "ログインはこちら").build(),
                Signal.CONTENT_GENERIC_GREETING).isEmpty());
    }

    @Test
    void greetingByNameIsNotGeneric() {
        // Why not: the sender knows the reader's name.
        assertTrue(run(mail().from("a@example.jp").body("山田 花子 様", "ログインはこちら").build(),
                Signal.CONTENT_GENERIC_GREETING).isEmpty());
    }

    @Test
    void ordinaryBusinessMailGivesNoContentFinding() {
        // Why none: an invoice, a shipping notice and a newsletter ask nothing of an account and threaten nothing.
        for (EmailMessage m : List.of(TextFixtures.invoiceMail(), TextFixtures.shippingNotice(), TextFixtures.newsletter())) {
            assertEquals(List.of(), rule.evaluate(prepare(m)), m.subject());
        }
    }
}
