package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// The classifier names the notice a mail makes (payment failure, suspension,
// delivery failure, prize, verification, security alert), most prominent first,
// and whether it asks the reader to act. Words only: genuine and fake notices
// classify alike.
class NoticeClassifierTest {

    private final NoticeClassifier classifier = new NoticeClassifier();

    private NoticeProfile classify(String subject, String... body) {
        return classifier.classify(new MatchText("", subject, String.join("\n", body), ""));
    }

    @Test
    void aGenericPaymentFailureWithAChineseSuspensionWordIsAPaymentFailureFirst() {
        NoticeProfile p = classify("お支払い方法の利用承認が得られませんでした",
                "お客様",
                "ご登録のカードでお支払いを承認できなかったため、お支払い方法の更新をお願いしております。",
                "期限までにご対応いただけない場合、アカウントを停用させていただく場合がございます。",
                "支払い方法を更新する");
        assertEquals(List.of(NoticeKind.PAYMENT_FAILURE, NoticeKind.ACCOUNT_SUSPENSION), p.kinds());
        assertTrue(p.callToAction());
        assertEquals("お支払い方法の利用承認が得られませんでした", p.evidence().get(0));
    }

    @Test
    void theGenuineOrderPaymentNoticeIsAPaymentFailureToo() {
        NoticeProfile p = classifier.classify(new MatchText("Amazon.co.jp", "お支払いの利用承認が得られませんでした",
                "ご注文の代金について、カード会社から承認が得られませんでした。\n新しいお支払い方法を追加するか、お支払い情報を更新してください。",
                "支払い方法を更新する"));
        assertEquals(NoticeKind.PAYMENT_FAILURE, p.kinds().get(0));
    }

    @Test
    void aDirectDebitThatCouldNotBeConfirmedIsAPaymentFailure() {
        assertEquals(NoticeKind.PAYMENT_FAILURE, classify("お支払いについて",
                "ご指定口座からのお引き落としが確認できませんでした。").kinds().get(0));
    }

    @Test
    void reRegisteringTheCardsIdentityAuthenticationIsAVerification() {
        assertEquals(NoticeKind.CREDENTIAL_VERIFICATION, classify("本人認証サービスの再登録のお願い",
                "仕様変更に伴い、再登録をお願いしております。").kinds().get(0));
    }

    @Test
    void aParcelThatCouldNotBeDeliveredIsADeliveryFailure() {
        NoticeProfile p = classify("お荷物のお届けについて",
                "ご不在のため、お荷物を持ち戻りました。再配達のお手続きをお願いします。");
        assertEquals(NoticeKind.DELIVERY_FAILURE, p.kinds().get(0));
    }

    @Test
    void pointsAddedByALotteryAreAPrizeOrRefund() {
        NoticeProfile p = classify("ポイント付与のお知らせ", "抽選の結果、ご当選されました。ポイントが加算されています。");
        assertEquals(List.of(NoticeKind.PRIZE_OR_REFUND), p.kinds());
    }

    @Test
    void aRequestToProveOwnershipIsACredentialVerification() {
        NoticeProfile p = classify("アカウントの確認", "本人確認のため、アカウントの所有権を証明してください。");
        assertEquals(NoticeKind.CREDENTIAL_VERIFICATION, p.kinds().get(0));
    }

    @Test
    void anUnfamiliarSignInIsASecurityAlert() {
        NoticeProfile p = classify("不審なサインインがありました", "新しい端末からサインインがありました。");
        assertEquals(NoticeKind.SECURITY_ALERT, p.kinds().get(0));
    }

    @Test
    void englishNoticesAreClassifiedToo() {
        NoticeProfile p = classify("Action required", "Your payment was declined. Your account will be suspended.",
                "Click here to update your payment details.");
        assertEquals(List.of(NoticeKind.PAYMENT_FAILURE, NoticeKind.ACCOUNT_SUSPENSION), p.kinds());
        assertTrue(p.callToAction());
    }

    @Test
    void theKindNamedInTheSubjectComesFirst() {
        NoticeProfile p = classify("アカウントを一時停止しました", "お支払いが確認できませんでした。");
        assertEquals(List.of(NoticeKind.ACCOUNT_SUSPENSION, NoticeKind.PAYMENT_FAILURE), p.kinds());
    }

    @Test
    void anInvoiceIsNoNotice() {
        // Why none: sending an invoice announces no failure, threat or request.
        NoticeProfile p = classify("請求書の送付について", "株式会社サンプル 経理部 御中",
                "いつもお世話になっております。", "10月分の請求書をお送りいたします。", "ご査収のほどよろしくお願いいたします。");
        assertFalse(p.isNotice());
        assertFalse(p.callToAction());
    }

    @Test
    void aShippingNoticeIsNoDeliveryFailure() {
        // Why none: a parcel on its way is not a parcel that failed to arrive.
        NoticeProfile p = classify("発送のお知らせ", "山田 花子 様", "ご注文の商品を本日発送いたしました。",
                "お届け予定日: 5月20日", "配送状況は注文履歴からご確認いただけます。");
        assertFalse(p.isNotice());
    }

    @Test
    void aNewsletterWithAnUnsubscribeFooterIsNoSuspension() {
        // Why none: 「配信停止」 stops the newsletter, it threatens no account.
        NoticeProfile p = classify("春の新商品のご案内", "新作のご案内です。詳しくはこちら。",
                "メールマガジンの配信停止はこちらからお手続きください。");
        assertFalse(p.has(NoticeKind.ACCOUNT_SUSPENSION));
        assertFalse(p.callToAction());
    }
}
