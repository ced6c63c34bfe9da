package dev.minuku.text;

/**
 * One lexicon phrase found in one part of a mail.
 *
 * @param category what the phrase says
 * @param phrase   the lexicon phrase, normalized
 * @param part     where it was found
 * @param start    start in the part's despaced text
 * @param end      end (exclusive) in the part's despaced text
 * @param source   the part itself, to cut evidence from the original
 */
public record PhraseHit(PhraseCategory category, String phrase, TextPart part, int start, int end, NormalizedText source) {

    /** The phrase as written in the mail (spaces a scam inserted included). */
    public String matched() {
        return source.originalSpanOfDespaced(start, end);
    }

    /** The phrase with its clause around it, as written, short enough to show (≤ 60 characters). */
    public String evidence() {
        return EvidenceText.clause(source.original(), source.originalIndexOfDespaced(start),
                source.originalEndOfDespaced(end), EvidenceText.MAX_LENGTH);
    }
}
