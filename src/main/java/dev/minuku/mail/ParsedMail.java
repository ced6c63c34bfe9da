package dev.minuku.mail;

import dev.minuku.analysis.EmailMessage;
import java.util.List;

/**
 * A raw message read into what the engine analyzes, plus what it does not
 * open: attachments are listed by name and type only.
 */
public record ParsedMail(EmailMessage message, List<Attachment> attachments) {

    public ParsedMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An attachment as named in the message; its content is never read. */
    public record Attachment(String filename, String mimeType, long size) {
    }
}
