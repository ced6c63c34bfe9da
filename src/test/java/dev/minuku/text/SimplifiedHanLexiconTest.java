package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.junit.jupiter.api.Test;

// The simplified-only Han list holds characters no Japanese text uses: each has a
// different traditional form and no Japanese character set can write it.
class SimplifiedHanLexiconTest {

    @Test
    void everyListedCharacterIsSimplifiedAndAbsentFromJapaneseCharacterSets() {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        CharsetEncoder jis0208 = Charset.forName("x-JIS0208").newEncoder();
        CharsetEncoder windows31j = Charset.forName("windows-31j").newEncoder();
        CharsetEncoder jis0213 = Charset.forName("x-SJIS_0213").newEncoder();
        String all = SimplifiedHan.characters();
        assertTrue(all.length() > 2000, "list looks truncated: " + all.length());
        for (char c : all.toCharArray()) {
            String s = String.valueOf(c);
            assertFalse(toTraditional.transliterate(s).equals(s), s + " has no other traditional form");
            assertFalse(jis0208.canEncode(s) || windows31j.canEncode(s) || jis0213.canEncode(s), s + " is used in Japanese");
        }
    }

    @Test
    void commonChineseOnlyCharactersAreListedAndJapaneseOnesAreNot() {
        for (char c : "账订邮们这说对让为设务冻结验证码".toCharArray()) {
            assertTrue(SimplifiedHan.isSimplifiedOnly(c), String.valueOf(c));
        }
        // Why not listed: these are ordinary Japanese characters (設定, 説明, 停止, 情報, 書).
        for (char c : "設定説明停止情報書用活網点".toCharArray()) {
            assertFalse(SimplifiedHan.isSimplifiedOnly(c), String.valueOf(c));
        }
    }
}
