package dev.minuku.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a lexicon found in one mail, by category, in the order subject, body, link texts. */
public final class PhraseHits {

    /** An unsubscribe phrase this close (same line) turns a nearby 停止 into a footer, not a threat. */
    static final int FOOTER_DISTANCE = 30;

    private final List<PhraseHit> all;
    private final Map<PhraseCategory, List<PhraseHit>> byCategory = new EnumMap<>(PhraseCategory.class);

    PhraseHits(List<PhraseHit> all) {
        this.all = List.copyOf(all);
        for (PhraseHit h : this.all) {
            byCategory.computeIfAbsent(h.category(), k -> new ArrayList<>()).add(h);
        }
        byCategory.replaceAll((k, v) -> List.copyOf(v));
    }

    public List<PhraseHit> all() {
        return all;
    }

    public List<PhraseHit> of(PhraseCategory category) {
        return byCategory.getOrDefault(category, List.of());
    }

    public boolean any(PhraseCategory category) {
        return byCategory.containsKey(category);
    }

    /** Hits of the category that are not part of an unsubscribe footer. */
    public List<PhraseHit> outsideFooters(PhraseCategory category) {
        List<PhraseHit> hits = of(category);
        List<PhraseHit> footers = of(PhraseCategory.UNSUBSCRIBE);
        if (hits.isEmpty() || footers.isEmpty()) {
            return hits;
        }
        List<PhraseHit> out = new ArrayList<>(hits.size());
        for (PhraseHit h : hits) {
            if (!inFooter(h, footers)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Distinct phrases among the hits, in order of first appearance. */
    public static Set<String> distinctPhrases(List<PhraseHit> hits) {
        Set<String> out = new LinkedHashSet<>();
        hits.forEach(h -> out.add(h.phrase()));
        return out;
    }

    private static boolean inFooter(PhraseHit h, List<PhraseHit> footers) {
        String text = h.source().despaced();
        for (PhraseHit f : footers) {
            if (f.part() != h.part()) {
                continue;
            }
            int gap = Math.max(f.start(), h.start()) - Math.min(f.end(), h.end());
            if (gap > FOOTER_DISTANCE) {
                continue;
            }
            int from = Math.min(f.start(), h.start());
            int to = Math.max(f.end(), h.end());
            boolean sameLine = true;
            for (int i = from; i < to && sameLine; i++) {
                sameLine = text.charAt(i) != '\n';
            }
            if (sameLine) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PhraseHits[" + all.size() + "]";
    }
}
