package dev.minuku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

// Any text is normalized without an exception, and every normalized (and despaced) character
// maps back into the original in order, so evidence cut from a match is always a real,
// in-bounds span of what the mail said.
class TextNormalizerFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextFoldsWithOffsetsIntoTheOriginal(String text) {
        NormalizedText n = TextNormalizer.fold(text);
        if (text == null) {
            assertEquals("", n.text());
            return;
        }
        assertEquals(text, n.original());
        assertEquals(n.text(), TextNormalizer.forMatching(text));
        int previous = 0;
        for (int i = 0; i <= n.text().length(); i++) {
            int start = n.originalStart(i);
            assertTrue(start >= previous && start <= text.length(), "offset " + start + " at " + i);
            previous = start;
            assertTrue(n.originalEnd(i) >= 0 && n.originalEnd(i) <= text.length());
        }
        for (int i = 0; i < n.despaced().length(); i++) {
            assertNotNull(n.originalSpanOfDespaced(i, Math.min(n.despaced().length(), i + 3)));
        }
        assertNotNull(n.originalSpan(0, n.text().length()));
        NormalizedText skeleton = TextNormalizer.skeleton(text);
        assertEquals(text, skeleton.original());
        assertNotNull(TextNormalizer.plainFold(text));
        assertNotNull(EvidenceText.tidy(text, EvidenceText.MAX_LENGTH));
    }
}
