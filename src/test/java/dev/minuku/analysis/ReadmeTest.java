package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// The README documents every finding code and the two commands CI relies on,
// so the documentation cannot fall behind the catalog.
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
    void theReadmeShowsTheTestCommandCiRuns() throws IOException {
        String ci = Files.readString(Path.of(".ci/run")).strip();
        String last = ci.substring(ci.lastIndexOf('\n') + 1).strip();
        assertTrue(readme().contains("`" + last + "`"), ".ci/run ends with " + last + ", which the README does not show");
    }
}
