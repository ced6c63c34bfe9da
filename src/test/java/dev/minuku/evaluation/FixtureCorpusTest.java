package dev.minuku.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

// The labelled fixture corpus the scoring weights are fitted on (with the dev
// corpus) is large, balanced, mostly Japanese and labelled the way the dev corpus
// is, so that bin/evaluate and bin/fit-weights can read both alike.
class FixtureCorpusTest {

    static final Path FIXTURES = Path.of("src/test/resources/corpus/fixtures.jsonl");

    private static List<JsonNode> mails() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }

    @Test
    void theCorpusHoldsAtLeastEightyMailsAboutHalfOfThemPhishing() throws IOException {
        List<JsonNode> mails = mails();
        long phish = mails.stream().filter(m -> "phish".equals(m.path("label").asText())).count();
        assertTrue(mails.size() >= 80, "mails: " + mails.size());
        assertTrue(phish >= mails.size() * 0.4 && phish <= mails.size() * 0.6, "phishing " + phish + " of " + mails.size());
    }

    @Test
    void mostMailsAreJapanese() throws IOException {
        List<JsonNode> mails = mails();
        long ja = mails.stream().filter(m -> "ja".equals(m.path("lang").asText())).count();
        assertTrue(ja >= mails.size() * 0.6, "Japanese " + ja + " of " + mails.size());
    }

    @Test
    void everyMailHasAUniqueIdALabelALanguageAndItsGroundTruthLabels() throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode m : mails()) {
            String id = m.path("id").asText();
            assertTrue(ids.add(id), "duplicate id " + id);
            assertTrue(Set.of("phish", "legit").contains(m.path("label").asText()), id);
            assertTrue(Set.of("ja", "en").contains(m.path("lang").asText()), id);
            assertTrue(m.path("brand").isTextual(), id + " has no brand label");
            assertTrue(m.path("tricks").isArray(), id + " has no tricks label");
            assertTrue(!m.path("body").asText().isBlank(), id + " has no body");
        }
    }

    @Test
    void theEvaluationReaderReadsEveryMail() throws IOException {
        assertEquals(mails().size(), CorpusEvaluation.read(FIXTURES).size());
    }
}
