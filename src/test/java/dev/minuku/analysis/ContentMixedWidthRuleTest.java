package dev.minuku.analysis;

import static dev.minuku.analysis.TextContexts.findings;
import static dev.minuku.analysis.TextContexts.prepare;
import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.testsupport.TextFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

// A word written with full-width and half-width forms mixed inside it is a filter
// dodge; a word all in one width is ordinary whatever the width.
class ContentMixedWidthRuleTest {

    private final Rule rule = new MixedWidthRule();

    private List<Finding> run(String subject, String... body) {
        return findings(rule, prepare(mail().from("a@example.jp").subject(subject).body(body).build()),
                Signal.CONTENT_MIXED_WIDTH);
    }

    @Test
    void katakanaMixingHalfAndFullWidthIsFlagged() {
        List<Finding> f = run("ｱカウントの確認", "お客様のアカウントを確認してください。");
        assertEquals(1, f.size());
        assertEquals("ｱカウント", f.get(0).evidence());
        assertEquals(0.6, f.get(0).confidence(), 1e-9);
    }

    @Test
    void latinLettersMixingWidthsAreFlaggedAndMoreWordsRaiseConfidence() {
        List<Finding> f = run("ＰａｙPayからのお知らせ", "ｶｰド情報を更新してください。", "ＡmazonＰay");
        assertEquals(1, f.size());
        assertEquals("ＰａｙPay", f.get(0).evidence());
        assertEquals(1.0, f.get(0).confidence(), 1e-9);
    }

    @Test
    void halfWidthKatakanaAloneIsOrdinary() {
        // Why not: bank transfer names are written all in half-width katakana by design.
        assertTrue(run("お振込みのお知らせ", "振込依頼人:ｶ)ﾐﾅﾄｼｮｳｼﾞ", "金額:12,000円").isEmpty());
    }

    @Test
    void fullWidthLettersAndDigitsAloneAreOrdinary() {
        // Why not: 「ＩＤ」 and an order number 「ＡＢ１２３」 are one width throughout.
        assertTrue(run("ご注文番号ＡＢ１２３", "ログインＩＤをご確認ください。", "Ｅメールでお知らせします。").isEmpty());
    }

    @Test
    void ordinaryBusinessMailHasNoMixedWidthWords() {
        // Why not: invoices, shipping notices and newsletters are typed in one width per word.
        for (EmailMessage m : List.of(TextFixtures.invoiceMail(), TextFixtures.shippingNotice(), TextFixtures.newsletter())) {
            assertTrue(findings(rule, prepare(m), Signal.CONTENT_MIXED_WIDTH).isEmpty(), m.subject());
        }
    }
}
