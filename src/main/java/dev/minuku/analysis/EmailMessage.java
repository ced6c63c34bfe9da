package dev.minuku.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One email as the webmail shows it: the engine's only input. Every field but
 * the sender address may be absent; the engine never stores or logs any of it.
 */
public record EmailMessage(
        Sender from,
        String replyTo,
        String to,
        String subject,
        String body,
        List<LinkInput> links,
        Map<String, String> headers) {

    public EmailMessage {
        from = from == null ? new Sender(null, null) : from;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        links = links == null ? List.of() : List.copyOf(links.stream().filter(Objects::nonNull).toList());
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Display name and address as shown; either may be null. */
    public record Sender(String name, String address) {
        public Sender {
            name = name == null ? "" : name;
            address = address == null ? "" : address.trim();
        }
    }

    /** A link as the webmail shows it: where it goes and the text the reader sees. */
    public record LinkInput(String href, String text) {
        public LinkInput {
            href = href == null ? "" : href;
            text = text == null ? "" : text;
        }
    }

    /** Case-insensitive header lookup; null when absent. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
