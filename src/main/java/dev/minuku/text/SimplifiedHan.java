package dev.minuku.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Han characters that exist only in simplified Chinese (账, 户, 订, 邮, 们, 这, 说 ...),
 * from the data file {@code minuku/lexicon/simplified-only-han.txt}, loaded once.
 * One in a Japanese mail means it was written for, or translated from, Chinese.
 */
public final class SimplifiedHan {

    public static final String RESOURCE = PhraseLexicon.DEFAULT_DIRECTORY + "simplified-only-han.txt";
    private static final BitSet CHARACTERS = load();

    private SimplifiedHan() {
    }

    public static boolean isSimplifiedOnly(char c) {
        return CHARACTERS.get(c);
    }

    /** How many characters the list holds. */
    public static int size() {
        return CHARACTERS.cardinality();
    }

    /** Every listed character, in code point order. */
    public static String characters() {
        StringBuilder out = new StringBuilder(CHARACTERS.cardinality());
        CHARACTERS.stream().forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static BitSet load() {
        BitSet set = new BitSet(0x10000);
        try (InputStream in = SimplifiedHan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> l.chars().filter(c -> CjkText.isHan((char) c)).forEach(set::set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
