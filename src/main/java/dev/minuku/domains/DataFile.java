package dev.minuku.domains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the engine's plain-text data lists (one entry a line, fields separated
 * by whitespace, {@code #} starts a comment) from the classpath. Lists are data
 * so they can be reviewed and extended with a source, without touching code.
 */
final class DataFile {

    private DataFile() {
    }

    /** Each non-empty line's fields, lower-cased. A missing resource is a packaging error and fails fast. */
    static List<String[]> read(String resource) {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!content.isEmpty()) {
                    rows.add(content.split("\\s+"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first field of every line. */
    static List<String> firstFields(String resource) {
        return read(resource).stream().map(f -> f[0]).toList();
    }
}
