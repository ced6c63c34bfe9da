package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Lexicon phrases are found in one Aho-Corasick pass over normalized, despaced
// text; masks, number placeholders and overlaps behave as the data format says.
class PhraseLexiconTest {

    private static List<PhraseHit> find(PhraseLexicon lexicon, String text) {
        return lexicon.find(TextNormalizer.fold(text), TextPart.BODY);
    }

    @Test
    void phrasesMatchFullWidthUpperCaseAndSpacedOutText() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(
                PhraseCategory.PAYMENT_REQUEST, List.of("支払い情報を更新", "update your payment")));
        assertEquals(1, find(lexicon, "今すぐ支払い 情 報 を 更新してください").size());
        assertEquals(1, find(lexicon, "Please UPDATE  YOUR\tPAYMENT details").size());
        assertEquals(1, find(lexicon, "ＵＰＤＡＴＥ ＹＯＵＲ ＰＡＹＭＥＮＴ").size());
    }

    @Test
    void aHitReportsThePhraseAsWrittenAndItsClause() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(PhraseCategory.THREAT, List.of("停止され")));
        PhraseHit hit = find(lexicon, "ご確認がない場合、アカウントが停 止 されます。よろしくお願いします。").get(0);
        assertEquals("停 止 され", hit.matched());
        assertEquals("アカウントが停 止 されます", hit.evidence());
        assertEquals(PhraseCategory.THREAT, hit.category());
    }

    @Test
    void numberPlaceholdersMatchAnyNumberButNotTheBareWord() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(PhraseCategory.DEADLINE, List.of("{n}時間以内")));
        assertEquals("72時間以内", find(lexicon, "72時間以内にご対応ください").get(0).matched());
        assertEquals("２４時間以内", find(lexicon, "２４時間以内にご対応ください").get(0).matched());
        // Why no hit: "時間以内" without a number is not the phrase.
        assertTrue(find(lexicon, "営業時間以内にお電話ください").isEmpty());
    }

    @Test
    void aLongerHitOfTheSameCategoryHidesTheHitsInsideIt() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(PhraseCategory.DEADLINE, List.of("{n}時間以内")));
        List<PhraseHit> hits = find(lexicon, "24時間以内");
        // "4時間以内" also matches inside "24時間以内"; it must not count twice.
        assertEquals(1, hits.size());
        assertEquals("24時間以内", hits.get(0).phrase());
    }

    @Test
    void overlappingPhrasesOfDifferentCategoriesAreBothFoundWithTheirOwnSpans() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(
                PhraseCategory.DEADLINE, List.of("本日中"),
                PhraseCategory.THREAT, List.of("日中に停止")));
        List<PhraseHit> hits = find(lexicon, "本日中に停止します");
        assertEquals(2, hits.size());
        assertEquals(PhraseCategory.DEADLINE, hits.get(0).category());
        assertEquals(0, hits.get(0).start());
        assertEquals(3, hits.get(0).end(), "end is exclusive");
        assertEquals("本日中", hits.get(0).matched());
        assertEquals(PhraseCategory.THREAT, hits.get(1).category());
        assertEquals(1, hits.get(1).start());
        assertEquals(6, hits.get(1).end());
        assertEquals("日中に停止", hits.get(1).matched());
    }

    @Test
    void everyOccurrenceCountsEvenWhenOccurrencesOverlap() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(PhraseCategory.ODD_PHRASE, List.of("ござござ")));
        // ござござござ holds the phrase at 0 and 2; the second is inside no longer hit of its category, so both stay.
        List<PhraseHit> hits = find(lexicon, "ござござござ");
        assertEquals(List.of(0, 2), hits.stream().map(PhraseHit::start).toList());
        assertEquals(List.of(4, 6), hits.stream().map(PhraseHit::end).toList());
    }

    @Test
    void anEmptyLexiconFindsNothing() {
        PhraseLexicon empty = PhraseLexicon.of(Map.of());
        assertEquals(0, empty.size());
        assertTrue(find(empty, "24時間以内にアカウントを停止します").isEmpty());
        PhraseLexicon onlyComments = PhraseLexicon.of(Map.of(PhraseCategory.LURE, List.of("# nothing yet", "")));
        assertEquals(0, onlyComments.size());
        assertTrue(new MatchText("件名", "件名", "本文", "リンク").phrases(onlyComments).all().isEmpty());
    }

    @Test
    void theCharacterU_FFFFInAMailIsReadLikeAnyOtherStrangeCharacter() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(PhraseCategory.LURE, List.of("a")));
        assertEquals(List.of(0, 2), find(lexicon, "a\uFFFFa").stream().map(PhraseHit::start).toList());
    }

    @Test
    void aMaskHidesHitsOfItsCategoryOnly() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(
                PhraseCategory.GREETING, List.of("お客様", "!お客様番号"),
                PhraseCategory.LURE, List.of("お客様")));
        List<PhraseHit> hits = find(lexicon, "お客様番号: 1234");
        assertEquals(1, hits.size());
        assertEquals(PhraseCategory.LURE, hits.get(0).category());
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(PhraseCategory.LURE, List.of("# a comment", "", "  当選  ")));
        assertEquals(1, lexicon.size());
        assertEquals(1, find(lexicon, "ご当選おめでとう").size());
    }

    @Test
    void theShippedLexiconHasAFileWithPhrasesForEveryCategory() throws Exception {
        for (PhraseCategory c : PhraseCategory.values()) {
            String name = PhraseLexicon.DEFAULT_DIRECTORY + c.file() + ".txt";
            try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertTrue(in != null, "missing " + name);
                String data = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(data.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!")),
                        name + " has no phrase");
            }
        }
        assertTrue(PhraseLexicon.defaultLexicon().size() > 500, "the {n} phrases expand to many keys");
    }

    @Test
    void unsubscribeFootersAreNotThreats() {
        MatchText text = new MatchText("", "", "今後のご案内が不要な方は、配信停止はこちらからお手続きください。", "");
        PhraseHits hits = text.phrases(PhraseLexicon.defaultLexicon());
        assertTrue(hits.outsideFooters(PhraseCategory.THREAT).isEmpty());
        assertTrue(hits.any(PhraseCategory.UNSUBSCRIBE));
    }

    @Test
    void aThreatNextToAnUnsubscribeLinkIsPartOfTheFooter() {
        PhraseLexicon lexicon = PhraseLexicon.of(Map.of(
                PhraseCategory.THREAT, List.of("停止します"),
                PhraseCategory.UNSUBSCRIBE, List.of("unsubscribe")));
        MatchText footer = new MatchText("", "", "ニュースレター\nUnsubscribe: こちらで送信を停止します", "");
        assertTrue(footer.phrases(lexicon).outsideFooters(PhraseCategory.THREAT).isEmpty());
        MatchText threat = new MatchText("", "", "ご対応がない場合はサービスを停止します。\n\n\nUnsubscribe", "");
        assertFalse(threat.phrases(lexicon).outsideFooters(PhraseCategory.THREAT).isEmpty(),
                "a threat on another line stays a threat");
    }

    @Test
    void hitsAreScannedOncePerMailAndLexicon() {
        MatchText text = new MatchText("", "当選のお知らせ", "", "");
        PhraseLexicon lexicon = PhraseLexicon.defaultLexicon();
        assertTrue(text.phrases(lexicon) == text.phrases(lexicon));
    }
}
