package dev.minuku.text;

import dev.minuku.analysis.EmailMessage;

/**
 * The parts of a mail normalized once for every matcher ({@link TextNormalizer#fold}).
 * The accessors {@link #fromName()}, {@link #subject()}, {@link #body()} and
 * {@link #linkTexts()} give the normalized strings; {@link #part} gives the full
 * {@link NormalizedText} (original, despaced form, offsets) from which evidence is cut.
 * Phrase scans are computed on first use and kept, so every rule shares one pass.
 * Not a record on purpose: its {@code toString} must never print a mail body.
 */
public final class MatchText {

    private final NormalizedText fromName;
    private final NormalizedText subject;
    private final NormalizedText body;
    private final NormalizedText linkTexts;
    private volatile String content;
    private volatile Scan scan;

    /** A lexicon and what it found here, kept together so a reader never pairs one with the other's hits. */
    private record Scan(PhraseLexicon lexicon, PhraseHits hits) {
    }

    public MatchText(NormalizedText fromName, NormalizedText subject, NormalizedText body, NormalizedText linkTexts) {
        this.fromName = fromName == null ? NormalizedText.EMPTY : fromName;
        this.subject = subject == null ? NormalizedText.EMPTY : subject;
        this.body = body == null ? NormalizedText.EMPTY : body;
        this.linkTexts = linkTexts == null ? NormalizedText.EMPTY : linkTexts;
    }

    /** From plain strings (normalized here; normalizing twice changes nothing). */
    public MatchText(String fromName, String subject, String body, String linkTexts) {
        this(TextNormalizer.fold(fromName), TextNormalizer.fold(subject), TextNormalizer.fold(body),
                TextNormalizer.fold(linkTexts));
    }

    public static MatchText of(EmailMessage m) {
        StringBuilder links = new StringBuilder();
        for (EmailMessage.LinkInput l : m.links()) {
            if (links.length() > 0) {
                links.append('\n');
            }
            links.append(l.text());
        }
        return new MatchText(m.from().name(), m.subject(), m.body(), links.toString());
    }

    public String fromName() {
        return fromName.text();
    }

    public String subject() {
        return subject.text();
    }

    public String body() {
        return body.text();
    }

    public String linkTexts() {
        return linkTexts.text();
    }

    public NormalizedText part(TextPart part) {
        return switch (part) {
            case FROM_NAME -> fromName;
            case SUBJECT -> subject;
            case BODY -> body;
            case LINK_TEXT -> linkTexts;
        };
    }

    /** Subject, body and link texts together (not the display name), one per line. */
    public String content() {
        String c = content;
        if (c == null) {
            c = subject.text() + "\n" + body.text() + "\n" + linkTexts.text();
            content = c;
        }
        return c;
    }

    /** Every phrase of the lexicon found in subject, body and link texts; scanned once per lexicon. */
    public PhraseHits phrases(PhraseLexicon lexicon) {
        Scan s = scan;
        if (s == null || s.lexicon() != lexicon) {
            s = new Scan(lexicon, lexicon.scan(this));
            scan = s;
        }
        return s.hits();
    }

    @Override
    public String toString() {
        return "MatchText[subject " + subject.original().length() + " chars, body " + body.original().length()
                + " chars]"; // never the text itself
    }
}
