package dev.minuku.analysis;

import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.testsupport.TextFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

// The shipped engine reads words as context: a generic payment notice shows its
// content tells, the genuine brand notice with the same words stays safe, words
// alone never make a scam, ordinary business mail shows no content finding, and
// a typical mail is analyzed well within the time budget.
class ContentEngineTest {

    private static final Analyzer ENGINE = Analyzer.withDefaults();

    private static AnalysisResult analyze(EmailMessage m) {
        return ENGINE.analyze(m, Locale.JAPANESE);
    }

    private static boolean anyContent(AnalysisResult r) {
        return r.findings().stream().anyMatch(f -> f.finding().signal().group() == SignalGroup.CONTENT
                || f.finding().signal().group() == SignalGroup.IDENTITY);
    }

    @Test
    void aGenericPaymentNoticeFromAnUnrelatedShopShowsItsContentTells() {
        AnalysisResult r = analyze(mail().from("support@fashion-shop.example.com")
                .subject("お支払い方法の利用承認が得られませんでした")
                .body("お客様", "", "お支払い方法の更新が必要です。",
                        "すみやかに更新いただけない場合、アカウントを停用させていただくことがあります。", "支払い方法を更新する")
                .build());
        for (Signal s : List.of(Signal.CONTENT_GENERIC_NOTICE, Signal.CONTENT_UNNATURAL_JAPANESE,
                Signal.CONTENT_GENERIC_GREETING, Signal.CONTENT_THREAT, Signal.CONTENT_PAYMENT_REQUEST)) {
            assertTrue(r.has(s), s + " missing from " + r.findings().stream().map(AnalysisResult.ExplainedFinding::code).toList());
        }
        assertEquals(Category.GENERIC_NOTICE, r.category());
        assertTrue(r.findings().stream().allMatch(f -> f.evidence().length() <= 60));
    }

    @Test
    void theGenuineBrandNoticeWithTheSameWordsIsSafe() {
        // Why safe: sender and link are Amazon's own domains; the words are the same as the scam's.
        AnalysisResult r = analyze(mail().from("Amazon.co.jp", "payments-messages@amazon.co.jp")
                .subject("お支払いの利用承認が得られませんでした")
                .body("ご注文のお支払いについて、カード会社の承認が得られませんでした。",
                        "新しいお支払い方法を追加するか、お支払い情報を更新してください。")
                .link("https://www.amazon.co.jp/gp/css/order-history", "支払い方法を更新する")
                .build());
        assertFalse(r.has(Signal.CONTENT_GENERIC_NOTICE));
        assertEquals(Verdict.SAFE, r.verdict());
        assertEquals(Category.PAYMENT_FAILURE, r.category());
    }

    @Test
    void wordsAloneNeverMakeAScam() {
        AnalysisResult r = analyze(mail()
                .subject("【最終警告】24時間以内にご対応ください")
                .body("お客様", "", "アカウントが凍結されました。24時間以内にログインして本人確認を完了してください。",
                        "カード情報を更新しない場合、アカウントは削除されます。当選したポイントも失効します。",
                        "您的账户已被停用、", "", "こ の メ ー ル は 重 要 な お 知 ら せ で す",
                        "ログインはこちら")
                .build());
        assertTrue(anyContent(r));
        assertNotEquals(Verdict.SCAM, r.verdict());
    }

    @Test
    void ordinaryBusinessMailShowsNoContentFinding() {
        // Why none: an invoice, a shipping notice and a newsletter are what honest mail looks like.
        for (EmailMessage m : List.of(TextFixtures.invoiceMail(), TextFixtures.shippingNotice(), TextFixtures.newsletter())) {
            AnalysisResult r = analyze(m);
            assertFalse(anyContent(r), m.subject() + ": " + r.findings().stream().map(AnalysisResult.ExplainedFinding::code).toList());
            assertEquals(Verdict.SAFE, r.verdict(), m.subject());
        }
    }

    @Test
    void aTypicalMailAndAHundredKilobyteBodyAreAnalyzedQuickly() {
        String paragraph = "いつもご利用いただきありがとうございます。お客様のアカウントで不審なログインが検出されました。"
                + "24時間以内に以下のリンクからログインして、ご本人確認を完了してください。\n"
                + "Thank you for using our service. Please verify your account within 24 hours.\n";
        EmailMessage typical = mail().from("サポート", "info@shop.example.jp").subject("【重要】アカウントの確認")
                .body(paragraph.repeat(2000 / paragraph.length() + 1))
                .link("https://login.example.top/verify", "ログインはこちら").build();
        EmailMessage large = mail().from("info@shop.example.jp").subject("お知らせ")
                .body(paragraph.repeat(100_000 / paragraph.length() + 1)).build();
        for (int i = 0; i < 300; i++) {
            analyze(typical);
        }
        // Target: under 0.5 ms per typical mail. The bound here is ten times looser
        // because this machine is shared; a quadratic pass would still break it.
        assertTimeout(Duration.ofMillis(1000), () -> {
            for (int i = 0; i < 200; i++) {
                analyze(typical);
            }
        });
        analyze(large);
        assertTimeout(Duration.ofMillis(1000), () -> {
            for (int i = 0; i < 5; i++) {
                analyze(large);
            }
        });
    }

    @Test
    void oddTextNeverBreaksARule() {
        // Lone surrogates, bidi controls, combining marks, full-width and spaced kana, in any order.
        String[] pieces = {"\uD800", "\uDC00", "\u202E", "\u0301", "\u200B", "お客様", "、", "\n", " ", "ｱﾏｿﾞﾝ",
                "Ａｍａｚｏｎ", "AppIe", "https://www.amazon.co.jp/x", "appleid.apple.com", "停用", "账", "ご 利 用", "@", ".",
                "「", "」", "24時間以内", "配信停止", "𝐀", "Ⓐ", "\t", "株式会社", "Google アカウント"};
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 300; n++) {
            StringBuilder subject = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                (random.nextBoolean() ? subject : body).append(pieces[random.nextInt(pieces.length)]);
            }
            EmailMessage m = mail().from(pieces[random.nextInt(pieces.length)], "x@" + (random.nextBoolean() ? "example.jp" : ""))
                    .subject(subject.toString()).body(body.toString())
                    .link(pieces[random.nextInt(pieces.length)], pieces[random.nextInt(pieces.length)]).build();
            AnalysisResult r = analyze(m);
            assertFalse(r.has(Signal.ENGINE_RULE_ERROR), () -> "a rule failed: " + r.findings().stream()
                    .filter(f -> f.finding().signal() == Signal.ENGINE_RULE_ERROR).map(AnalysisResult.ExplainedFinding::evidence).toList());
        }
    }
}
