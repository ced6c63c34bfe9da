package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// Text is normalized once for matching (NFKC, case fold, despacing) and every
// normalized position maps back to what the mail really says.
class TextNormalizerTest {

    @Test
    void foldIsNfkcWithCaseFoldingSegmentBySegment() {
        Normalizer2 icu = Normalizer2.getNFKCCasefoldInstance();
        for (String s : new String[] {"ＡＭＡＺＯＮからのお知らせ", "ｱﾏｿﾞﾝ ﾌﾟﾗｲﾑ", "Ⓐⓜⓐⓩⓞⓝ", "𝐀𝐦𝐚𝐳𝐨𝐧", "㈱テスト商事",
                "Am\u200Bazon", "Verify Your ACCOUNT", "cafe\u0301\u0316", "Аmazon", "", "ﾃﾞﾝｷ", "가나다 한국어"}) {
            assertEquals(icu.normalize(s), TextNormalizer.fold(s).text(), s);
            assertEquals(icu.normalize(s), TextNormalizer.forMatching(s), s);
        }
    }

    @Test
    void lettersBuriedInCombiningMarksStayFast() {
        // Alternating combining classes make canonical reordering quadratic in ICU;
        // 50,000 marks on one letter took seconds before segments were capped.
        String zalgo = "a" + "\u0301\u0316".repeat(25_000) + "mazon";
        String folded = assertTimeout(Duration.ofSeconds(1), () -> TextNormalizer.forMatching(zalgo));
        assertTrue(folded.length() <= TextNormalizer.MAX_SEGMENT + 8, "marks beyond the cap are dropped");
        assertTrue(folded.endsWith("mazon"));
    }

    @Test
    void brokenTextNeverThrows() {
        String broken = "\uD800abc\uDC00お客様\uD83D\u202Eevil\u0000\u0301";
        assertEquals(broken.length(), TextNormalizer.fold(broken).original().length());
        TextNormalizer.skeleton(broken);
        TextNormalizer.plainFold(broken);
        NormalizedText t = TextNormalizer.fold(broken);
        assertEquals(broken, t.originalSpan(0, t.text().length()));
    }

    @Test
    void fullWidthAndDecorativeLettersFoldToPlainLowerCase() {
        assertEquals("amazonからのお知らせ", TextNormalizer.forMatching("ＡＭＡＺＯＮからのお知らせ"));
        assertEquals("amazon", TextNormalizer.forMatching("Ⓐⓜⓐⓩⓞⓝ"));
        assertEquals("amazon", TextNormalizer.forMatching("𝐀𝐦𝐚𝐳𝐨𝐧"));
        assertEquals("アマゾン", TextNormalizer.forMatching("ｱﾏｿﾞﾝ"));
        assertEquals("amazon", TextNormalizer.forMatching("Am\u200Bazon"), "zero-width space disappears");
    }

    @Test
    void normalizedSpansMapBackToTheOriginalText() {
        NormalizedText t = TextNormalizer.fold("【ＡＭＡＺＯＮ】ｱﾏｿﾞﾝからのお知らせ");
        int at = t.text().indexOf("amazon");
        assertEquals("ＡＭＡＺＯＮ", t.originalSpan(at, at + 6));
        int kana = t.text().indexOf("アマゾン");
        assertEquals("ｱﾏｿﾞﾝ", t.originalSpan(kana, kana + 4), "half-width dakuten folds into one character");
    }

    @Test
    void aSpanEndingInsideAnExpandedCharacterTakesTheWholeCharacter() {
        NormalizedText t = TextNormalizer.fold("㈱ミヌク");
        // ㈱ becomes "(株)"; a span ending on 株 still maps to the whole ㈱.
        assertEquals("㈱", t.originalSpan(0, 2));
        assertEquals("㈱ミヌク", t.originalSpan(0, t.text().length()));
    }

    @Test
    void spacesBetweenJapaneseCharactersAreRemovedInTheDespacedForm() {
        NormalizedText t = TextNormalizer.fold("支払い 情 報 の 更新 が 必要 で す");
        assertEquals("支払い情報の更新が必要です", t.despaced());
        int at = t.despaced().indexOf("情報の更新");
        assertEquals("情 報 の 更新", t.originalSpanOfDespaced(at, at + 5));
    }

    @Test
    void ideographicSpacesAndDigitsNextToJapaneseAreJoined() {
        assertEquals("このリンクは72時間で期限切れ", TextNormalizer.fold("こ の リン ク は7 2 時間で　期限切れ").despaced());
    }

    @Test
    void englishWordsKeepOneSpaceAndLineBreaksStay() {
        NormalizedText t = TextNormalizer.fold("Please  verify\tyour account\n  お客様\nPa y Pay");
        assertEquals("please verify your account\nお客様\npa y pay", t.despaced());
    }

    @Test
    void spacedGapsCountSingleSpacesBetweenJapaneseLetters() {
        NormalizedText spaced = TextNormalizer.fold("ご 利 用 い た だ け ま す");
        assertEquals(8, spaced.spacedGaps());
        assertEquals(9, spaced.japaneseLetters());
        // Why not counted: runs of two spaces are layout, not a split word.
        assertEquals(0, TextNormalizer.fold("商品名  数量  金額").spacedGaps());
    }

    @Test
    void skeletonsMakeLookAlikeSpellingsMeet() {
        String apple = TextNormalizer.skeleton("Apple").text();
        assertEquals(apple, TextNormalizer.skeleton("AppIe").text(), "capital I for l");
        assertEquals(TextNormalizer.skeleton("amazon.co.jp").text(), TextNormalizer.skeleton("Amаᴢоn.со.јр").text());
        assertEquals(TextNormalizer.skeleton("amazon").text(), TextNormalizer.skeleton("Ⓐⓜⓐⓩⓞⓝ").text());
        // Why different: a lower-case i does not look like l.
        assertNotEquals(apple, TextNormalizer.skeleton("appie").text());
    }

    @Test
    void skeletonSpansMapBackToTheOriginal() {
        NormalizedText s = TextNormalizer.skeleton("from Аmazon now");
        String key = TextNormalizer.skeleton("amazon").text();
        int at = s.text().indexOf(key);
        assertEquals("Аmazon", s.originalSpan(at, at + key.length()));
    }

    @Test
    void plainFoldOfAsciiIsWhatIcuGives() {
        // ASCII takes a path without ICU; it must fold every character as ICU does.
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            String one = String.valueOf(c);
            assertEquals(TextNormalizer.icuPlainFold(one), TextNormalizer.plainFold(one), "U+" + Integer.toHexString(c));
            all.append(c);
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                s.append(all.charAt(random.nextInt(all.length())));
            }
            assertEquals(TextNormalizer.icuPlainFold(s.toString()), TextNormalizer.plainFold(s.toString()), s.toString());
        }
        assertEquals("amazon.co.jp", TextNormalizer.plainFold(" Amazon.CO.jp\t"));
    }

    @Test
    void plainFoldTellsWidthFromDisguise() {
        assertEquals(TextNormalizer.plainFold("Amazon"), TextNormalizer.plainFold("ＡＭＡＺＯＮ"));
        assertEquals(TextNormalizer.plainFold("アマゾン"), TextNormalizer.plainFold("ｱﾏｿﾞﾝ"));
        assertNotEquals(TextNormalizer.plainFold("Amazon"), TextNormalizer.plainFold("𝐀𝐦𝐚𝐳𝐨𝐧"));
        assertNotEquals(TextNormalizer.plainFold("Amazon"), TextNormalizer.plainFold("Аmazon"));
    }

    @Test
    void normalizedTextNeverPrintsTheMail() {
        NormalizedText t = TextNormalizer.fold("秘密の本文");
        assertFalse(t.toString().contains("秘密"));
        assertFalse(new MatchText("", "件名", "秘密の本文", "").toString().contains("秘密"));
    }

    @Test
    void aHundredKilobyteBodyFoldsInLinearTime() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 100_000) {
            b.append("ご利用 ありがとう ございます。Ｆｕｌｌ width ｶﾅ and text ㈱\n");
        }
        String body = b.toString();
        // Generous bound: a quadratic pass over 100 KB would take seconds.
        assertTrue(assertTimeout(Duration.ofSeconds(2), () -> {
            NormalizedText t = null;
            for (int i = 0; i < 5; i++) {
                t = TextNormalizer.fold(body);
            }
            return t;
        }).despaced().length() > 50_000);
    }
}
