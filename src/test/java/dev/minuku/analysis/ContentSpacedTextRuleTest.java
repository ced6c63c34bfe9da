package dev.minuku.analysis;

import static dev.minuku.analysis.TextContexts.findings;
import static dev.minuku.analysis.TextContexts.prepare;
import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.testsupport.TextFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

// Japanese broken up with single spaces is measured as a ratio of gaps to
// Japanese letters; a few spaced names or a layout table do not count.
class ContentSpacedTextRuleTest {

    private final Rule rule = new SpacedTextRule();

    private List<Finding> run(String subject, String... body) {
        return findings(rule, prepare(mail().from("a@example.jp").subject(subject).body(body).build()),
                Signal.CONTENT_SPACED_TEXT);
    }

    @Test
    void textBrokenUpBySpacesIsFlaggedWithTheLongestSpacedStretch() {
        List<Finding> f = run("ご確認", "カ ード 情 報 の 確 認",
                "ご 登 録 の カ ー ド の 有 効 期 限 が 切 れ て い ま す", "こちらからお手続きください");
        assertEquals(1, f.size());
        assertEquals("ご 登 録 の カ ー ド の 有 効 期 限 が 切 れ て い ま す", f.get(0).evidence());
        assertTrue(f.get(0).confidence() > 0.9);
    }

    @Test
    void namesWrittenWithSpacesAreOrdinary() {
        // Why not: 「山田 太郎 様」 is a handful of gaps in a normal mail.
        assertTrue(findings(rule, prepare(TextFixtures.shippingNotice()), Signal.CONTENT_SPACED_TEXT).isEmpty());
        assertTrue(run("ご担当 各位", "営業部 山田 太郎 様", "経理部 佐藤 花子 様", "総務部 鈴木 一郎 様",
                "先日の会議の議事録をお送りします。ご確認のほどよろしくお願いいたします。").isEmpty());
    }

    @Test
    void aColumnLayoutWithWideGapsIsOrdinary() {
        // Why not: two or more spaces align columns; they do not split words.
        assertTrue(run("明細", "商品名  数量  金額", "りんご  一箱  三千円", "みかん  二箱  四千円",
                "ぶどう  一箱  五千円", "なし  三箱  六千円").isEmpty());
    }

    @Test
    void aFewSpacedWordsInALongMailAreOrdinary() {
        // Why not: the ratio stays low when most of the text is written normally.
        String normal = "いつもご利用いただきありがとうございます。本日は新しいサービスについてご案内いたします。";
        assertTrue(run("ご案内", normal, normal, normal, "ご 案 内 の ま と め で す 以 上", normal, normal, normal).isEmpty());
    }
}
