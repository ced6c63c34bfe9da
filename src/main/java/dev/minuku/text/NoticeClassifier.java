package dev.minuku.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies the notice a mail makes, from its words alone, with the
 * {@code notice-*} categories of the {@link PhraseLexicon}. A kind's prominence is
 * the number of distinct phrases announcing it, a phrase in the subject counting
 * three times and one on a link twice; ties go to the kind announced first.
 * Words cannot tell the genuine notice from its copy (both say
 * 「お支払いの利用承認が得られませんでした」): this says what the mail is about,
 * the domains say whether it is true.
 */
public final class NoticeClassifier {

    private static final int MAX_EVIDENCE = 3;

    private final PhraseLexicon lexicon;

    public NoticeClassifier() {
        this(PhraseLexicon.defaultLexicon());
    }

    public NoticeClassifier(PhraseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public PhraseLexicon lexicon() {
        return lexicon;
    }

    public NoticeProfile classify(MatchText text) {
        PhraseHits hits = text.phrases(lexicon);
        Map<NoticeKind, Score> scores = new EnumMap<>(NoticeKind.class);
        for (PhraseCategory category : PhraseCategory.values()) {
            NoticeKind kind = category.noticeKind();
            if (kind == null) {
                continue;
            }
            List<PhraseHit> found = hits.outsideFooters(category);
            if (found.isEmpty()) {
                continue;
            }
            Score score = scores.computeIfAbsent(kind, k -> new Score());
            for (PhraseHit h : found) {
                score.add(h);
            }
        }
        // Asking for a password or card details is a call to action whatever the wording.
        boolean callToAction = hits.any(PhraseCategory.CALL_TO_ACTION) || hits.any(PhraseCategory.CREDENTIAL_REQUEST)
                || hits.any(PhraseCategory.PAYMENT_REQUEST);
        if (scores.isEmpty()) {
            return new NoticeProfile(List.of(), callToAction, List.of());
        }
        List<Map.Entry<NoticeKind, Score>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<NoticeKind, Score> e) -> -e.getValue().points())
                .thenComparingLong(e -> e.getValue().firstPosition));
        List<NoticeKind> kinds = ranked.stream().map(Map.Entry::getKey).toList();
        Set<String> evidence = new LinkedHashSet<>();
        for (Map.Entry<NoticeKind, Score> e : ranked) {
            if (evidence.size() >= MAX_EVIDENCE) {
                break;
            }
            evidence.add(e.getValue().first.evidence());
        }
        return new NoticeProfile(kinds, callToAction, List.copyOf(evidence));
    }

    /** Distinct phrases of one kind, weighted by where they stand. */
    private static final class Score {
        private final Map<String, Integer> phrases = new HashMap<>();
        private PhraseHit first;
        private long firstPosition = Long.MAX_VALUE;

        void add(PhraseHit h) {
            phrases.merge(h.phrase(), weight(h.part()), Math::max);
            long position = position(h);
            if (position < firstPosition) {
                firstPosition = position;
                first = h;
            }
        }

        int points() {
            int sum = 0;
            for (int w : phrases.values()) {
                sum += w;
            }
            return sum;
        }

        private static int weight(TextPart part) {
            return switch (part) {
                case SUBJECT -> 3;
                case LINK_TEXT, FROM_NAME -> 2;
                case BODY -> 1;
            };
        }

        /** Subject first, then body, then link texts; within a part, by offset. */
        private static long position(PhraseHit h) {
            int rank = switch (h.part()) {
                case FROM_NAME -> 0;
                case SUBJECT -> 1;
                case BODY -> 2;
                case LINK_TEXT -> 3;
            };
            return ((long) rank << 32) | h.start();
        }
    }

    /** Kinds a notice about someone's account or money makes (what a generic notice is about). */
    public static final Set<NoticeKind> ACCOUNT_KINDS = Set.of(NoticeKind.PAYMENT_FAILURE,
            NoticeKind.ACCOUNT_SUSPENSION, NoticeKind.CREDENTIAL_VERIFICATION, NoticeKind.SECURITY_ALERT);
}
