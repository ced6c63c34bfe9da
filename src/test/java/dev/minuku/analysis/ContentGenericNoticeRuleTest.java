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

// A payment, account or sign-in notice that names no service at all is generic:
// no brand, not the sender's own name, no company, no "X アカウント".
class ContentGenericNoticeRuleTest {

    private final Rule rule = new GenericNoticeRule(TextContexts.defaultRegistry(), PhraseLexicon.defaultLexicon());

    private List<Finding> run(EmailMessage m) {
        return findings(rule, prepare(m), Signal.CONTENT_GENERIC_NOTICE);
    }

    private static TextFixtures.Mail genericPaymentFailure() {
        return mail().from("support@fashion-shop.example.com")
                .subject("お支払い方法の利用承認が得られませんでした")
                .body("お客様", "", "ご登録のお支払い方法がご利用いただけませんでした。",
                        "お支払い情報を更新いただけない場合、アカウントを停止する場合がございます。", "支払い方法を更新する");
    }

    @Test
    void aPaymentFailureNamingNoServiceIsGeneric() {
        List<Finding> f = run(genericPaymentFailure().build());
        assertEquals(1, f.size());
        assertEquals("お支払い方法の利用承認が得られませんでした", f.get(0).evidence());
    }

    @Test
    void anEnglishMailboxNoticeNamingNoServiceIsGeneric() {
        assertEquals(1, run(mail().from("admin@mail.example.net").subject("Mailbox notice")
                .body("Your account will be suspended today. Click here to re-validate your mailbox.").build()).size());
    }

    @Test
    void aNoticeFromAClaimedBrandIsNotGeneric() {
        // Why not: the mail says it is Amazon; whether that is true is for the sender rules.
        assertTrue(run(mail().from("Amazon.co.jp", "payments@example.com")
                .subject("お支払いの利用承認が得られませんでした").body("お支払い方法を更新してください。").build()).isEmpty());
    }

    @Test
    void aNoticeNamingABrandInTheBodyIsNotGeneric() {
        // Why not: the reader is told which service the notice is about.
        assertTrue(run(genericPaymentFailure().body("メルカリのお支払い方法の更新が必要です。").build()).isEmpty());
    }

    @Test
    void aNoticeNamingTheSendersOwnNameIsNotGeneric() {
        // Why not: a shop's own payment notice names the shop (its domain label).
        assertTrue(run(mail().from("billing@minuku-fashion.jp").subject("お支払い方法の更新のお願い")
                .body("MINUKU FASHION をご利用いただきありがとうございます。お支払い方法を更新してください。").build()).isEmpty());
    }

    @Test
    void aNoticeNamingACompanyIsNotGeneric() {
        // Why not: 「株式会社…」 names who is writing, even if not in the registry.
        assertTrue(run(genericPaymentFailure().body("お支払い方法を更新してください。", "株式会社ミヌクストア").build()).isEmpty());
    }

    @Test
    void aNoticeNamingAServiceTheWayNoticesDoIsNotGeneric() {
        // Why not: 「Google アカウント」, "FootPrints Account" and 「「えきねっと」をご利用」 name a service.
        assertTrue(run(mail().from("no-reply@accounts.example.com").subject("セキュリティ通知")
                .body("新しい端末から Google アカウントへのログインが検出されました。").build()).isEmpty());
        assertTrue(run(mail().from("admin@helpdesk.example.edu").subject("FootPrints Account Locked")
                .body("Your account has been locked.").build()).isEmpty());
        assertTrue(run(mail().from("info@rail.example.jp").subject("退会処理のお知らせ")
                .body("「えきねっと」をご利用いただきありがとうございます。ログインがない場合、アカウントは退会処理となります。").build())
                .isEmpty());
    }

    @Test
    void aCapitalizedOrdinaryWordIsNotAServiceName() {
        assertEquals(1, run(mail().from("admin@mail.example.net").subject("Your Account will be suspended")
                .body("Your account will be suspended. Click here.").build()).size());
    }

    @Test
    void aParcelThatCouldNotBeDeliveredWithNoCarrierNamedIsGeneric() {
        List<Finding> f = run(mail().from("notice@haisou-info.example.com").subject("お荷物のお届けについて")
                .body("お客様宛のお荷物をお届けにあがりましたが、宛先不明のため保管しております。",
                        "下記よりお届け先を確認してください。").build());
        assertEquals(1, f.size());
    }

    @Test
    void aCarriersAbsenceNoticeNamingTheCarrierIsNotGeneric() {
        // Why not: a genuine 不在連絡 says which carrier holds the parcel (here one the registry lists).
        assertTrue(run(mail().from("mail@delivery.example.jp").subject("ご不在連絡")
                .body("ヤマト運輸です。ご不在のためお荷物を持ち帰りました。", "再配達のご依頼はこちら").build()).isEmpty());
        // …or one it does not list, by its company name.
        assertTrue(run(mail().from("info@minato-unyu.example.jp").subject("ご不在連絡")
                .body("ご不在のためお荷物を持ち帰りました。", "みなと運輸株式会社").build()).isEmpty());
    }

    @Test
    void mailThatIsNoAccountNoticeIsNotGeneric() {
        // Why not: a shipping notice that arrives as planned or a prize mail is not about an account,
        // a payment or a parcel gone astray.
        assertTrue(run(TextFixtures.shippingNotice()).isEmpty());
        assertTrue(run(mail().from("a@example.jp").subject("ご当選のお知らせ").body("ポイントが付与されました。").build()).isEmpty());
    }
}
