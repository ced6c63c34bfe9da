package dev.minuku.testsupport;

import dev.minuku.analysis.EmailMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fluent fixtures for emails as the webmail shows them: {@code Emails.from("a@example.com").name("Amazon").link(..).build()}. */
public final class Emails {

    private Emails() {
    }

    public static Builder from(String address) {
        return new Builder(address);
    }

    /** Builds one {@link EmailMessage}; every field but the sender address is optional. */
    public static final class Builder {
        private final String address;
        private String name = "";
        private String replyTo;
        private String to;
        private String subject = "";
        private String body = "";
        private final List<EmailMessage.LinkInput> links = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(String address) {
            this.address = address;
        }

        public Builder name(String displayName) {
            this.name = displayName;
            return this;
        }

        public Builder replyTo(String address) {
            this.replyTo = address;
            return this;
        }

        public Builder to(String recipient) {
            this.to = recipient;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder link(String href, String text) {
            links.add(new EmailMessage.LinkInput(href, text));
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public EmailMessage build() {
            return new EmailMessage(new EmailMessage.Sender(name, address), replyTo, to, subject, body, links, headers);
        }
    }
}
