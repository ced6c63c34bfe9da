package dev.minuku.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The raw messages under src/test/resources/eml (written by generate.py there). */
public final class EmlFixtures {

    private EmlFixtures() {
    }

    public static byte[] load(String name) {
        try (InputStream in = EmlFixtures.class.getResourceAsStream("/eml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
