package dev.minuku.text;

import dev.minuku.analysis.EmailMessage;
import java.util.stream.Collectors;

/**
 * The parts of a mail normalized once for every matcher ({@link TextNormalizer#forMatching}).
 * The originals stay in the {@link EmailMessage}; evidence shown to users is cut from those.
 */
public record MatchText(String fromName, String subject, String body, String linkTexts) {

    public static MatchText of(EmailMessage m) {
        String links = m.links().stream().map(EmailMessage.LinkInput::text).collect(Collectors.joining("\n"));
        return new MatchText(
                TextNormalizer.forMatching(m.from().name()),
                TextNormalizer.forMatching(m.subject()),
                TextNormalizer.forMatching(m.body()),
                TextNormalizer.forMatching(links));
    }

    /** Subject, body and link texts together (not the display name), one per line. */
    public String content() {
        return subject + "\n" + body + "\n" + linkTexts;
    }
}
