package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// The matcher under the phrase lexicon, the brand detector and the lookalike
// detector: every occurrence, overlapping ones included, with end exclusive, in
// a fixed order (by end, then keyword), and nothing to find without keywords.
class KeywordMatcherTest {

    /** Each keyword standing for itself. */
    private static KeywordMatcher<String> matcher(String... keywords) {
        Map<String, String> map = new HashMap<>();
        for (String k : keywords) {
            map.put(k, k);
        }
        return new KeywordMatcher<>(map);
    }

    /** Hits as "start-end:keyword", in the order the matcher gave them. */
    private static List<String> hits(KeywordMatcher<String> matcher, String text) {
        List<String> out = new ArrayList<>();
        matcher.forEach(text, (start, end, keyword) -> out.add(start + "-" + end + ":" + keyword));
        return out;
    }

    @Test
    void overlappingAndNestedOccurrencesAreAllReported() {
        assertEquals(List.of("2-4:he", "1-4:she", "2-6:hers"), hits(matcher("he", "she", "his", "hers"), "ushers"));
        assertEquals(List.of("0-2:aa", "1-3:aa", "2-4:aa"), hits(matcher("aa"), "aaaa"));
    }

    @Test
    void theEndIsExclusiveSoTheSpanIsTheKeyword() {
        String text = "ご確認がない場合、アカウントが停止されます";
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        matcher("停止され", "アカウント", "停止").forEach(text, (start, end, keyword) -> {
            spans.add(new int[] {start, end});
            values.add(keyword);
        });
        assertEquals(List.of("アカウント", "停止", "停止され"), values);
        for (int i = 0; i < spans.size(); i++) {
            assertEquals(values.get(i), text.substring(spans.get(i)[0], spans.get(i)[1]));
        }
        assertEquals(9, spans.get(0)[0]);
        assertEquals(14, spans.get(0)[1]);
    }

    @Test
    void offsetsCountUtf16UnitsAsJavaStringsDo() {
        // 𝐚 (mathematical bold a) is two chars.
        assertEquals(List.of("1-3:𝐚", "3-4:b"), hits(matcher("𝐚", "b"), "x𝐚b"));
    }

    @Test
    void hitsEndingAtTheSamePlaceComeInKeywordOrder() {
        // String order, not length: 24時間以内 before 4時間以内, but bank before ebank.
        assertEquals(List.of("0-6:24時間以内", "1-6:4時間以内"), hits(matcher("4時間以内", "24時間以内"), "24時間以内"));
        assertEquals(List.of("1-5:bank", "0-5:ebank"), hits(matcher("ebank", "bank"), "ebank"));
        assertEquals(List.of("0-3:abc", "1-3:bc", "2-3:c", "0-4:abcd"), hits(matcher("c", "bc", "abc", "abcd"), "abcd"));
    }

    @Test
    void eachKeywordHandsOverItsValue() {
        KeywordMatcher<Integer> lengths = new KeywordMatcher<>(Map.of("amazon", 6, "zon", 3));
        List<Integer> values = new ArrayList<>();
        lengths.forEach("amazon.co.jp", (start, end, length) -> {
            assertEquals(end - start, length);
            values.add(length);
        });
        assertEquals(List.of(6, 3), values);
        assertEquals(2, lengths.size());
    }

    @Test
    void noKeywordsFindNothing() {
        KeywordMatcher<String> empty = new KeywordMatcher<>(Map.of());
        assertEquals(0, empty.size());
        assertTrue(hits(empty, "anything at all").isEmpty());
        empty.forEachUntil("anything", (start, end, v) -> {
            throw new AssertionError("no hit expected");
        });
        assertTrue(hits(matcher("a"), "").isEmpty());
    }

    @Test
    void scanningStopsWhenTheCallerSaysSo() {
        List<String> seen = new ArrayList<>();
        matcher("a", "b").forEachUntil("abab", (start, end, keyword) -> {
            seen.add(keyword);
            return seen.size() < 2;
        });
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void theLastCharacterU_FFFFInATextOnlyBreaksAMatch() {
        // The library alone throws ArrayIndexOutOfBoundsException for "a" then U+FFFF.
        assertEquals(List.of("0-1:a", "2-3:a"), hits(matcher("a"), "a\uFFFFa"));
        assertEquals(List.of("3-5:ab"), hits(matcher("ab"), "a\uFFFFbab"));
        assertEquals(List.of(), hits(matcher("a"), "\uFFFF\uFFFF"));
    }

    @Test
    void hitsAreTheLibrarysOwnOnRandomTexts() {
        // The scan skips characters that no keyword contains; it must find exactly what the
        // library's own parseText finds, in the same order, on texts full of near misses.
        java.util.Random random = new java.util.Random(11);
        String alphabet = "abcアカウ停止x。 ";
        for (int round = 0; round < 60; round++) {
            Map<String, String> keywords = new HashMap<>();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                String k = randomText(random, alphabet.substring(0, 7), 1 + random.nextInt(4));
                keywords.put(k, k);
            }
            com.hankcs.algorithm.AhoCorasickDoubleArrayTrie<String> library = new com.hankcs.algorithm.AhoCorasickDoubleArrayTrie<>();
            java.util.TreeMap<String, String> ordered = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
            ordered.putAll(keywords);
            library.build(ordered);
            KeywordMatcher<String> matcher = new KeywordMatcher<>(keywords);
            for (int t = 0; t < 50; t++) {
                String text = randomText(random, alphabet, random.nextInt(60));
                List<String> expected = new ArrayList<>();
                library.parseText(text, (int start, int end, String keyword) -> expected.add(start + "-" + end + ":" + keyword));
                assertEquals(expected, hits(matcher, text), keywords + " in " + text);
            }
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void emptyKeywordsAndU_FFFFInKeywordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> matcher(""));
        assertThrows(IllegalArgumentException.class, () -> matcher("a\uFFFF"));
    }
}
