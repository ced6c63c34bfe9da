package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Evidence is the matched phrase with its clause, as written, short and tidy.
class EvidenceTextTest {

    @Test
    void aJapanesePhraseGrowsToItsClause() {
        String s = "期限内に更新いただけない場合、アカウントを停止させていただきます。ご了承ください。";
        int at = s.indexOf("停止");
        assertEquals("アカウントを停止させていただきます", EvidenceText.clause(s, at, at + 2, 60));
    }

    @Test
    void englishClausesStopAtSentencePunctuationButNotInsideDomains() {
        String s = "Hello. Visit amazon.co.jp now, or your account will be suspended. Thanks";
        int at = s.indexOf("suspended");
        assertEquals("or your account will be suspended", EvidenceText.clause(s, at, at + 9, 60));
        int d = s.indexOf("amazon");
        assertEquals("Visit amazon.co.jp now", EvidenceText.clause(s, d, d + 6, 60));
    }

    @Test
    void longClausesAreCutAtWordsAndNeverExceedTheLimit() {
        String s = "word ".repeat(40) + "TARGET " + "more ".repeat(40);
        int at = s.indexOf("TARGET");
        String e = EvidenceText.clause(s, at, at + 6, 60);
        assertTrue(e.contains("TARGET"));
        assertTrue(e.length() <= 60, e);
        assertTrue(e.startsWith("word") && e.endsWith("more"), "no half words: " + e);
    }

    @Test
    void tidyCollapsesWhitespaceAndCutsWithAnEllipsis() {
        assertEquals("a b c", EvidenceText.tidy("  a \n b\t\tc  ", 60));
        String cut = EvidenceText.tidy("あ".repeat(100), 60);
        assertEquals(60, cut.length());
        assertTrue(cut.endsWith("…"));
    }
}
