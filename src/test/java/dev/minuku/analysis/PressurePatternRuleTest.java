package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.text.PhraseLexicon;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// PressurePatternRule: a problem notice, a request to act and pressure together
// make one finding; any two of the three do not.
class PressurePatternRuleTest {

    private static final PressurePatternRule RULE = new PressurePatternRule(PhraseLexicon.defaultLexicon());

    private static List<Finding> run(String subject, String body) {
        EmailMessage m = new EmailMessage(new EmailMessage.Sender("", "info@example-shop.co.jp"), null, null, subject, body,
                List.of(), Map.of());
        return TextContexts.findings(RULE, TextContexts.prepare(m), Signal.CONTENT_PRESSURE_PATTERN);
    }

    @Test
    void anUnpaidBillWithALinkAndADeadlineFollowsTheScript() {
        List<Finding> f = run("電気料金のお支払いについて",
                "未払いの料金があります。お支払いが確認できておりません。本日中に以下のリンクからお支払いください。");
        assertEquals(1, f.size());
        assertTrue(f.get(0).evidence().contains("本日中"), f.get(0).evidence());
    }

    @Test
    void anAccountNoticeWithLoginAndAThreatFollowsTheScript() {
        assertEquals(1, run("アカウントの確認", "ご利用が確認できないアカウントは退会処理させていただきます。ログインはこちら").size());
    }

    @Test
    void anEnglishMailboxNoticeFollowsTheScript() {
        assertEquals(1, run("Mailbox quota",
                "Your account will be suspended. Verify your account within 24 hours: click here").size());
    }

    @Test
    void aNoticeWithAnActionButNoPressureIsNotThePattern() {
        // An ordinary "please update your card" notice without deadline or threat.
        assertEquals(List.of(), run("お支払い方法の更新", "ご登録のカードの有効期限が近づいています。お支払い方法を更新してください。"));
    }

    @Test
    void pressureAndActionWithoutANoticeIsNotThePattern() {
        // A sale newsletter: deadline and a button, but no problem with the reader's account.
        assertEquals(List.of(), run("週末セール", "セールは本日中です。今すぐ下記のリンクからご覧ください。"));
    }

    @Test
    void anUnsubscribeFooterIsNotPressure() {
        // 「配信停止」 in a footer is not a threat to the reader.
        assertEquals(List.of(), run("発送のお知らせ",
                "ご注文の商品を発送しました。配送状況は下記のリンクから確認できます。\n配信停止はこちら"));
    }
}
