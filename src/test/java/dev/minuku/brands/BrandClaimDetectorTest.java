package dev.minuku.brands;

import static dev.minuku.testsupport.TextFixtures.brand;
import static dev.minuku.testsupport.TextFixtures.brandWithTokens;
import static dev.minuku.testsupport.TextFixtures.mail;
import static dev.minuku.testsupport.TextFixtures.registry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.analysis.EmailMessage;
import dev.minuku.text.MatchText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// The detector finds the brand a mail claims from registry data alone: display
// name first, then subject, link texts, body and the sender's local part; look-alike
// and decorative spellings are recognized and marked as obfuscated, width is not.
class BrandClaimDetectorTest {

    private final BrandClaimDetector defaults = new BrandClaimDetector(BrandRegistry.loadDefault());

    private static Optional<BrandClaim> claim(BrandClaimDetector detector, EmailMessage m) {
        return detector.detect(m, MatchText.of(m));
    }

    private Optional<BrandClaim> claim(EmailMessage m) {
        return claim(defaults, m);
    }

    @Test
    void theDisplayNameClaimComesBeforeTheSubjectAndBody() {
        BrandClaim c = claim(mail().from("メルカリ事務局", "info@example.jp").subject("Apple IDのお知らせ")
                .body("Amazonで購入した商品").build()).orElseThrow();
        assertEquals("mercari", c.brand().id());
        assertEquals("from-name", c.where());
        assertEquals("メルカリ", c.matched());
        assertFalse(c.obfuscated());
    }

    @Test
    void theSubjectClaimsWhenTheDisplayNameIsSilent() {
        BrandClaim c = claim(mail().from("support", "a@example.jp").subject("【Amazon】お支払い方法の確認").build()).orElseThrow();
        assertEquals("amazon", c.brand().id());
        assertEquals("subject", c.where());
    }

    @Test
    void linkTextsClaimBeforeTheBody() {
        BrandClaim c = claim(mail().from("a@example.jp").body("メルカリをご利用の皆様へ")
                .link("https://example.top/", "Apple IDにサインイン").build()).orElseThrow();
        assertEquals("apple", c.brand().id());
        assertEquals("link-text", c.where());
    }

    @Test
    void inTheBodyTheMostNamedBrandWins() {
        BrandClaim c = claim(mail().from("a@example.jp")
                .body("Amazonギフトカードが当たります。", "メルカリのアカウントで受け取り。", "メルカリにログインしてください。").build())
                .orElseThrow();
        assertEquals("mercari", c.brand().id());
        assertEquals("body", c.where());
    }

    @Test
    void onATieInTheBodyTheEarliestBrandWins() {
        BrandClaim c = claim(mail().from("a@example.jp").body("アマゾンとメルカリの比較").build()).orElseThrow();
        assertEquals("amazon", c.brand().id());
    }

    @Test
    void theSenderLocalPartClaimsLast() {
        BrandClaimDetector detector = new BrandClaimDetector(registry(
                brandWithTokens("netflix", "netflix.com", List.of("Netflix", "ネットフリックス"), List.of("netflix"))));
        BrandClaim c = claim(detector, mail().from("supportnetflix@checkinfo.example").body("Account disabled").build())
                .orElseThrow();
        assertEquals("netflix", c.brand().id());
        assertEquals("sender-address", c.where());
        assertEquals("netflix", c.matched());
    }

    @Test
    void aBrandAloneOnTheBodysFirstLineIsTheMailsLetterhead() {
        // A cloned template keeps the brand's logo text as its first line.
        BrandClaim c = claim(mail().from("", "tes05@example.wang").subject("支払い情報の更新が必要です")
                .body("PayPay", "支払い情報の更新が必要です。").build()).orElseThrow();
        assertEquals("paypay", c.brand().id());
        assertEquals(BrandClaimDetector.LETTERHEAD, c.where());
    }

    @Test
    void aBracketedBrandOnTheFirstLineIsTheLetterheadToo() {
        assertEquals(BrandClaimDetector.LETTERHEAD, claim(mail().from("", "a@example.jp")
                .body("  【三井住友カード】", "ご利用確認のお願い").build()).orElseThrow().where());
    }

    @Test
    void aBrandOnACopyrightLineIsTheMailsLetterhead() {
        BrandClaim c = claim(mail().from("", "a@example.jp").subject("ポイント残高のご確認")
                .body("ポイントが付与されました。", "© 2026 Amazon.com, Inc. or its affiliates.").build()).orElseThrow();
        assertEquals("amazon", c.brand().id());
        assertEquals(BrandClaimDetector.LETTERHEAD, c.where());
    }

    @Test
    void aBrandOpeningTheFirstSentenceIsNoLetterhead() {
        // Why not: 「PayPayをご利用いただけるようになりました」 is a shop telling news, not a logo line.
        assertEquals("body", claim(mail().from("", "shop@example.jp")
                .body("PayPayをご利用いただけるようになりました。", "ぜひお試しください。").build()).orElseThrow().where());
    }

    @Test
    void aBrandAloneOnALaterLineIsNoLetterhead() {
        // Why not: only the first line with text carries a logo; a later line may be a list of payment options.
        assertEquals("body", claim(mail().from("", "shop@example.jp")
                .body("お支払い方法が増えました。", "PayPay", "クレジットカード").build()).orElseThrow().where());
    }

    @Test
    void aBrandNamedInTheBodyThatTheSendersAddressNamesTooIsTheSenderPresentingItself() {
        BrandClaimDetector detector = new BrandClaimDetector(registry(
                brandWithTokens("netflix", "netflix.com", List.of("Netflix", "ネットフリックス"), List.of("netflix"))));
        BrandClaim c = claim(detector, mail().from("supportnetflix@checkinfo.example")
                .body("Dear User,", "Your Netflix account is on hold.").build()).orElseThrow();
        assertEquals("sender-address", c.where());
    }

    @Test
    void aShortTokenMustBeAWordOfTheLocalPart() {
        BrandClaimDetector detector = new BrandClaimDetector(registry(
                brandWithTokens("kddi-au", "au.com", List.of("au PAY"), List.of("au"))));
        assertEquals("kddi-au", claim(detector, mail().from("au-info@example.jp").build()).orElseThrow().brand().id());
        // Why no claim: "au" inside "paul" is part of a name.
        assertTrue(claim(detector, mail().from("paul@example.jp").build()).isEmpty());
    }

    @Test
    void capitalILookingLikeLIsAnObfuscatedClaim() {
        BrandClaim c = claim(mail().from("a@example.jp").subject("AppIe IDに不審なサインインがありました").build()).orElseThrow();
        assertEquals("apple", c.brand().id());
        assertEquals("AppIe ID", c.matched());
        assertTrue(c.obfuscated());
    }

    @Test
    void cyrillicAndSmallCapitalLettersAreAnObfuscatedClaim() {
        BrandClaim c = claim(mail().from("a@example.jp").subject("Amаᴢоn.со.јр お支払い方法の確認").build()).orElseThrow();
        assertEquals("amazon", c.brand().id());
        assertEquals("Amаᴢоn.со.јр", c.matched());
        assertTrue(c.obfuscated());
        assertTrue(claim(mail().from("Аmazon", "a@example.jp").build()).orElseThrow().obfuscated(), "Cyrillic A");
    }

    @Test
    void mathematicalBoldAndEnclosedLettersAreAnObfuscatedClaim() {
        assertTrue(claim(mail().from("𝐀𝐦𝐚𝐳𝐨𝐧", "a@example.jp").build()).orElseThrow().obfuscated());
        BrandClaim enclosed = claim(mail().from("Ⓐⓜⓐⓩⓞⓝ サポート", "a@example.jp").build()).orElseThrow();
        assertEquals("Ⓐⓜⓐⓩⓞⓝ", enclosed.matched());
        assertTrue(enclosed.obfuscated());
    }

    @Test
    void fullWidthAndHalfWidthNamesAreNotObfuscated() {
        // Why not obfuscated: width variants are ordinary Japanese typing, not a disguise.
        BrandClaim full = claim(mail().from("ＡＭＡＺＯＮ", "a@example.jp").build()).orElseThrow();
        assertEquals("amazon", full.brand().id());
        assertFalse(full.obfuscated());
        assertFalse(claim(mail().from("ｱﾏｿﾞﾝ", "a@example.jp").build()).orElseThrow().obfuscated());
        assertFalse(claim(mail().from("AMAZON.CO.JP", "a@example.jp").build()).orElseThrow().obfuscated());
    }

    @Test
    void aPlainNameDoesNotHideADisguisedOneElsewhere() {
        BrandClaim c = claim(mail().from("Apple", "a@example.jp").subject("AppIe IDの確認").build()).orElseThrow();
        assertTrue(c.obfuscated());
        assertEquals("subject", c.where());
    }

    @Test
    void aBrandInsideALongerWordIsNoClaim() {
        // Why no claim: "apple" in "pineapple" is fruit, not the company.
        assertTrue(claim(mail().from("Pineapple Farm", "a@example.jp").subject("pineapple juice").build()).isEmpty());
    }

    @Test
    void shortAliasesNeedBoundariesOnBothSidesAndCapitalsWhenWrittenSo() {
        BrandClaimDetector detector = new BrandClaimDetector(registry(
                brand("kddi-au", "au.com", "au"), brand("etc-meisai", "etc-meisai.jp", "ETC", "ETC利用照会サービス")));
        assertEquals("kddi-au", claim(detector, mail().from("a@example.jp").subject("auからのお知らせ").build())
                .orElseThrow().brand().id());
        assertEquals("etc-meisai", claim(detector, mail().from("a@example.jp").subject("ETCカードのご確認").build())
                .orElseThrow().brand().id());
        // Why no claim: "au" inside "auto" and "Paul" and a lower-case "etc." are ordinary words.
        assertTrue(claim(detector, mail().from("Paul", "a@example.jp").subject("auto renewal, etc.").build()).isEmpty());
    }

    @Test
    void aSpacedOutNameInTheBodyIsStillTheBrand() {
        BrandClaim c = claim(mail().from("a@example.jp").body("メ ル カ リ をご利用いただきありがとうございます").build())
                .orElseThrow();
        assertEquals("mercari", c.brand().id());
        assertEquals("メ ル カ リ", c.matched());
    }

    @Test
    void brandsComeFromTheRegistryNotFromCode() {
        BrandClaimDetector detector = new BrandClaimDetector(registry(brand("smbc-card", "smbc-card.com", "三井住友カード", "Vpass")));
        assertEquals("smbc-card", claim(detector, mail().from("a@example.jp").subject("【三井住友カード】ご利用確認").build())
                .orElseThrow().brand().id());
        assertEquals("smbc-card", claim(detector, mail().from("a@example.jp").body("Vpassにログイン").build())
                .orElseThrow().brand().id());
        // Why no claim: Amazon is not in this registry.
        assertTrue(claim(detector, mail().from("Amazon", "a@example.jp").build()).isEmpty());
    }

    @Test
    void mentionedListsEveryBrandNamedInOrder() {
        EmailMessage m = mail().from("Apple", "a@example.jp").subject("お知らせ")
                .body("メルカリとAmazonのポイント").build();
        assertEquals(List.of("apple", "mercari", "amazon"),
                defaults.mentioned(MatchText.of(m)).stream().map(Brand::id).toList());
    }

    @Test
    void aBrandNameInsideAnotherBrandsNameIsFoundToo() {
        // ヤフー (Yahoo! JAPAN) lies inside LINEヤフー (LINE), and LINE starts it: all three are hits.
        EmailMessage m = mail().from("a@example.jp").subject("LINEヤフーからのお知らせ").build();
        assertEquals(List.of("line", "yahoo-japan"), defaults.mentioned(MatchText.of(m)).stream().map(Brand::id).toList());
        BrandClaim c = claim(m).orElseThrow();
        assertEquals("line", c.brand().id());
        assertEquals("LINEヤフー", c.matched(), "the longest name at the earliest place");
    }

    @Test
    void aRegistryWithoutBrandsClaimsNothing() {
        BrandClaimDetector empty = new BrandClaimDetector(registry());
        EmailMessage m = mail().from("Amazon", "supportamazon@example.jp").subject("Amazon").body("Amazon").build();
        assertTrue(claim(empty, m).isEmpty());
        assertTrue(empty.mentioned(MatchText.of(m)).isEmpty());
    }

    @Test
    void theCharacterU_FFFFInAMailIsReadLikeAnyOtherStrangeCharacter() {
        BrandClaimDetector detector = new BrandClaimDetector(registry(
                brandWithTokens("netflix", "netflix.com", List.of("Netflix"), List.of("netflix"))));
        EmailMessage m = mail().from("\uFFFFNetflix\uFFFF", "netflix\uFFFF@example.jp").subject("Net\uFFFFflix").build();
        BrandClaim c = claim(detector, m).orElseThrow();
        assertEquals("from-name", c.where());
        assertEquals("Netflix", c.matched());
        EmailMessage local = mail().from("x\uFFFFnetflix@example.jp").build();
        assertEquals("netflix", claim(detector, local).orElseThrow().matched());
    }

    @Test
    void aMailNamingNoBrandClaimsNothing() {
        // Why no claim: an ordinary order mail names no registry brand.
        EmailMessage m = mail().from("サンプル商店", "shop@example.jp").subject("ご注文ありがとうございます")
                .body("ご注文の商品を発送しました。").build();
        assertTrue(claim(m).isEmpty());
        assertTrue(defaults.mentioned(MatchText.of(m)).isEmpty());
    }

    @Test
    void aHundredKilobyteBodyIsReadInLinearTime() {
        String body = "ご利用ありがとうございます。Amazon pineapple メルカリ\n".repeat(2500);
        EmailMessage m = mail().from("a@example.jp").subject("お知らせ").body(body).build();
        MatchText text = MatchText.of(m);
        // Generous bound: quadratic work over 100 KB would take seconds.
        BrandClaim c = assertTimeout(Duration.ofSeconds(2), () -> {
            BrandClaim last = null;
            for (int i = 0; i < 5; i++) {
                last = defaults.detect(m, text).orElseThrow();
            }
            return last;
        });
        assertEquals("body", c.where());
    }
}
