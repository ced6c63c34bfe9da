package dev.minuku.text;

/**
 * Which characters are Japanese (kana, kanji) and which sit between them, by
 * code range: a range check per character is what the single-pass scanners
 * need, and {@code Character.UnicodeScript.of} counts ー and 、 as "common".
 */
public final class CjkText {

    private CjkText() {
    }

    /** Hiragana, katakana (with ー and ・), katakana extensions, half-width katakana. */
    public static boolean isKana(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F);
    }

    /** CJK ideographs, including 々 〆 〇 and the high surrogate of a supplementary ideograph. */
    public static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || c == 0x3005 || c == 0x3006 || c == 0x3007 || (c >= 0xD840 && c <= 0xD87F);
    }

    public static boolean isJapaneseLetter(char c) {
        return isKana(c) || isHan(c);
    }

    /** Japanese punctuation and brackets: 、。「」『』【】〜 and the like. */
    public static boolean isCjkPunctuation(char c) {
        return c >= 0x3000 && c <= 0x303F && c != 0x3000;
    }

    /** A character that a scam's inserted space may sit next to: Japanese letters and punctuation. */
    public static boolean isCjk(char c) {
        return isJapaneseLetter(c) || isCjkPunctuation(c);
    }

    /** Latin-like letters and digits, between which an alias needs a word boundary. */
    public static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC
                || s == Character.UnicodeScript.GREEK;
    }
}
