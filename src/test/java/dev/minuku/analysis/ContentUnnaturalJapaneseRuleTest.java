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

// Japanese that no Japanese company writes (Chinese words, simplified-only
// characters, machine-translation stock phrases, sentences ending in 「、」)
// is flagged in mainly Japanese mail only; shared characters never count.
class ContentUnnaturalJapaneseRuleTest {

    private final Rule rule = new UnnaturalJapaneseRule(PhraseLexicon.defaultLexicon());

    private List<Finding> run(String subject, String... body) {
        return findings(rule, prepare(mail().from("a@example.jp").subject(subject).body(body).build()),
                Signal.CONTENT_UNNATURAL_JAPANESE);
    }

    @Test
    void aChineseWordForSuspendIsUnnatural() {
        List<Finding> f = run("ご注意", "期限内にご対応いただけない場合、アカウントを停用させていただきます。");
        assertEquals(1, f.size());
        assertEquals("停用", f.get(0).evidence());
        assertEquals(0.8, f.get(0).confidence(), 1e-9);
    }

    @Test
    void simplifiedOnlyCharactersAreUnnatural() {
        List<Finding> f = run("お知らせ", "お客様の帐号情報を確認してください。ご不明な点は客服までお問い合わせください。",
                "このメールは自動送信です。今后のご案内をお待ちください。");
        assertEquals(1, f.size());
        assertTrue(f.get(0).confidence() >= 0.8);
    }

    @Test
    void aChineseUnsubscribeLineLeftInAJapaneseMailIsUnnatural() {
        List<Finding> f = run("ポイント獲得のお知らせ", "ポイントの付与が完了しました。", "ポイント残高をご確認ください。", "退订此邮件");
        assertEquals("退订", f.get(0).evidence());
    }

    @Test
    void aLineLabelledAsChineseInAMultilingualFooterIsATranslation() {
        // Why not: a hotel writing 「中文:如有疑问,请联系前台。」 under an English line translates on purpose.
        assertTrue(run("ご宿泊予約の確認", "ご予約いただき、誠にありがとうございます。", "チェックインは15時以降です。",
                "English: Please contact the front desk.", "中文:如有疑问,请联系前台。").isEmpty());
    }

    @Test
    void anUnlabelledChineseLineIsStillUnnaturalNextToALabelledOne() {
        // The label covers its own line only; a Chinese leftover elsewhere still betrays the mail.
        List<Finding> f = run("ポイント獲得のお知らせ", "ポイントの付与が完了しました。", "ポイント残高をご確認ください。",
                "中文:请联系客服。", "退订此邮件");
        assertEquals("退订", f.get(0).evidence());
    }

    @Test
    void machineTranslatedStockPhrasesAreUnnatural() {
        List<Finding> f = run("確認", "お手続きをお願いいたします。", "ご愉快なご生活をお過ごしください。");
        assertEquals(1, f.size());
        assertEquals(0.6, f.get(0).confidence(), 1e-9);
    }

    @Test
    void aSentenceEndingInAReadingCommaIsUnnatural() {
        List<Finding> f = run("確認", "いつもご利用ありがとうございます。", "下記の手続きを行ってください、", "", "よろしくお願いします。");
        assertEquals(1, f.size());
        assertEquals("下記の手続きを行ってください、", f.get(0).evidence());
        assertEquals(0.4, f.get(0).confidence(), 1e-9);
    }

    @Test
    void severalKindsOfUnnaturalJapaneseRaiseConfidence() {
        List<Finding> f = run("確認", "アカウントを停用しました、", "", "ご愉快なご生活を。");
        assertEquals(1.0, f.get(0).confidence(), 1e-9);
    }

    @Test
    void aLineWrappedAfterAReadingCommaIsOrdinary() {
        // Why not: hard-wrapped mail breaks lines after 「、」 in the middle of a sentence.
        assertTrue(run("ご案内", "いつもご利用いただき、", "誠にありがとうございます。今月の新商品をご案内いたします。").isEmpty());
    }

    @Test
    void ordinaryJapaneseWithCharactersSharedWithChineseIsNatural() {
        // Why not: 設定, 説明, 情報, 停止 are Japanese; only their simplified forms are not.
        assertTrue(run("設定変更のご説明", "アカウント設定の変更方法をご説明いたします。",
                "情報の更新後、古い設定は停止されます。詳しくはヘルプをご覧ください。").isEmpty());
        for (EmailMessage m : List.of(TextFixtures.invoiceMail(), TextFixtures.shippingNotice(), TextFixtures.newsletter())) {
            assertTrue(findings(rule, prepare(m), Signal.CONTENT_UNNATURAL_JAPANESE).isEmpty(), m.subject());
        }
    }

    @Test
    void aChineseMailIsNotUnnaturalJapanese() {
        // Why not: without kana the mail is Chinese, which is natural Chinese.
        assertTrue(run("账户通知", "您的账户已被停用，请点击链接重新激活。如有问题请联系客服。").isEmpty());
    }

    @Test
    void anEnglishMailIsNotUnnaturalJapanese() {
        // Why not: one Japanese word in an English mail does not make it Japanese.
        assertTrue(run("Notice", "Your account 停用 has been suspended, please log in to restore access to your account.").isEmpty());
    }
}
