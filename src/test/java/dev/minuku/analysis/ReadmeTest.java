package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// The README documents every finding code with its hand and shipped weights, and
// the two commands CI relies on, so the documentation cannot fall behind the
// catalog or the fitted scoring file.
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyFindingCodeIsInTheReadmeTable() throws IOException {
        String readme = readme();
        for (Signal s : Signal.values()) {
            assertTrue(readme.contains("| `" + s.code() + "` |"), s.code() + " is missing from the README's code table");
        }
    }

    @Test
    void everyCodeRowShowsItsHandWeightAndTheWeightThatShips() throws IOException {
        String readme = readme();
        ScoringPolicy shipped = ScoringPolicy.loadDefault();
        for (Signal s : Signal.values()) {
            String row = readme.lines().filter(l -> l.startsWith("| `" + s.code() + "` |")).findFirst().orElseThrow();
            String[] cells = row.split("\\|");
            assertEquals(Integer.toString(s.defaultWeight()), cells[4].strip(), s.code() + " hand weight in " + row);
            assertEquals(Integer.toString(shipped.weight(s)), cells[5].strip(), s.code() + " weight in " + row);
        }
    }

    @Test
    void theReadmeShowsTheTestCommandCiRuns() throws IOException {
        String ci = Files.readString(Path.of(".ci/run")).strip();
        String last = ci.substring(ci.lastIndexOf('\n') + 1).strip();
        assertTrue(readme().contains("`" + last + "`"), ".ci/run ends with " + last + ", which the README does not show");
    }
}
