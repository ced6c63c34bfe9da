package dev.minuku.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every phrase of every {@link PhraseCategory}, found in one pass: one
 * Aho-Corasick automaton over the normalized, despaced phrases, built once.
 * Phrases and text are normalized alike ({@link TextNormalizer#fold}), so
 * 「ＰａｙＰａｙ」, 「支払い 情 報」 and "Verify Your Account" all match.
 */
public final class PhraseLexicon {

    public static final String DEFAULT_DIRECTORY = "minuku/lexicon/";
    /** Hits kept per category and part: enough to count distinct phrases, bounded on huge bodies. */
    static final int MAX_HITS_PER_CATEGORY = 200;

    /** One meaning of a normalized phrase. */
    private record Entry(PhraseCategory category, boolean mask) {
    }

    /** A normalized phrase and its meanings: what the automaton hands over for a hit. */
    private record Phrase(String text, List<Entry> meanings) {
    }

    private final KeywordMatcher<Phrase> phrases;

    private PhraseLexicon(Map<String, List<Entry>> entries) {
        Map<String, Phrase> byText = new HashMap<>();
        entries.forEach((text, meanings) -> byText.put(text, new Phrase(text, meanings)));
        this.phrases = new KeywordMatcher<>(byText);
    }

    /** The shipped lexicon, loaded once. */
    public static PhraseLexicon defaultLexicon() {
        return Shipped.LEXICON;
    }

    private static final class Shipped {
        static final PhraseLexicon LEXICON = load(PhraseLexicon.class.getClassLoader(), DEFAULT_DIRECTORY);
    }

    /** Loads {@code <directory><category file>.txt} for every category; a missing file is an empty category. */
    public static PhraseLexicon load(ClassLoader loader, String directory) {
        Map<PhraseCategory, List<String>> lines = new EnumMap<>(PhraseCategory.class);
        for (PhraseCategory c : PhraseCategory.values()) {
            String name = directory + c.file() + ".txt";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                lines.put(c, r.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + name, e);
            }
        }
        return of(lines);
    }

    /** A lexicon from lines in the data-file format (comments, masks and {n} allowed). */
    public static PhraseLexicon of(Map<PhraseCategory, ? extends Collection<String>> lines) {
        Map<String, List<Entry>> entries = new HashMap<>();
        lines.forEach((category, list) -> {
            for (String raw : list) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean mask = line.startsWith("!");
                String phrase = mask ? line.substring(1).strip() : line;
                for (String expanded : expandNumbers(phrase)) {
                    String key = TextNormalizer.fold(expanded).despaced();
                    if (key.isEmpty()) {
                        continue;
                    }
                    List<Entry> meanings = entries.computeIfAbsent(key, k -> new ArrayList<>(1));
                    Entry entry = new Entry(category, mask);
                    if (!meanings.contains(entry)) {
                        meanings.add(entry);
                    }
                }
            }
        });
        entries.replaceAll((k, v) -> List.copyOf(v));
        return new PhraseLexicon(entries);
    }

    /** {@code {n}} stands for 1..99, so 「{n}時間以内」 matches 24時間以内 and 72時間以内 but not 時間以内 alone. */
    private static List<String> expandNumbers(String phrase) {
        int at = phrase.indexOf("{n}");
        if (at < 0) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>(99);
        for (int i = 1; i <= 99; i++) {
            out.addAll(expandNumbers(phrase.substring(0, at) + i + phrase.substring(at + 3)));
        }
        return out;
    }

    /** Every phrase found in subject, body and link texts (the display name is the brand detector's). */
    public PhraseHits scan(MatchText text) {
        List<PhraseHit> all = new ArrayList<>();
        for (TextPart part : new TextPart[] {TextPart.SUBJECT, TextPart.BODY, TextPart.LINK_TEXT}) {
            all.addAll(find(text.part(part), part));
        }
        return new PhraseHits(all);
    }

    /**
     * Phrases found in one text, in order of position. A hit inside a mask of its
     * category is dropped, and so is a hit inside a longer hit of its category
     * (「24時間以内」 counts once, not also as 「4時間以内」).
     */
    public List<PhraseHit> find(NormalizedText text, TextPart part) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<PhraseHit> candidates = new ArrayList<>();
        List<PhraseHit> masks = new ArrayList<>();
        int[] perCategory = new int[PhraseCategory.values().length];
        // Hits come in order of their end (KeywordMatcher): the caps below keep the same ones every time.
        phrases.forEach(text.despaced(), (start, end, phrase) -> {
            for (Entry m : phrase.meanings()) {
                PhraseHit hit = new PhraseHit(m.category(), phrase.text(), part, start, end, text);
                if (m.mask()) {
                    if (masks.size() < MAX_HITS_PER_CATEGORY * 4) {
                        masks.add(hit);
                    }
                } else if (perCategory[m.category().ordinal()]++ < MAX_HITS_PER_CATEGORY * 4) {
                    candidates.add(hit);
                }
            }
        });
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(PhraseHit::start).thenComparingInt(h -> -(h.end() - h.start())));
        List<PhraseHit> kept = new ArrayList<>();
        int[] coveredUntil = new int[perCategory.length];
        int[] keptPerCategory = new int[perCategory.length];
        java.util.Arrays.fill(coveredUntil, -1);
        for (PhraseHit h : candidates) {
            int c = h.category().ordinal();
            if (h.end() <= coveredUntil[c] || masked(h, masks) || keptPerCategory[c] >= MAX_HITS_PER_CATEGORY) {
                continue;
            }
            coveredUntil[c] = Math.max(coveredUntil[c], h.end());
            keptPerCategory[c]++;
            kept.add(h);
        }
        return kept;
    }

    private static boolean masked(PhraseHit hit, List<PhraseHit> masks) {
        for (PhraseHit m : masks) {
            if (m.category() == hit.category() && m.start() <= hit.start() && hit.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Distinct normalized phrases in the lexicon (masks included). */
    public int size() {
        return phrases.size();
    }
}
