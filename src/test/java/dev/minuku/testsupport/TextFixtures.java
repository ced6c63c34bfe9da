package dev.minuku.testsupport;

import dev.minuku.analysis.EmailMessage;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the mails and small brand registries that text and content tests read. */
public final class TextFixtures {

    private TextFixtures() {
    }

    public static Mail mail() {
        return new Mail();
    }

    /** A brand with aliases only (and one official domain when given), for in-test registries. */
    public static Brand brand(String id, String officialDomain, String... aliases) {
        List<Brand.DomainList> domains = officialDomain == null ? List.of()
                : List.of(new Brand.DomainList(List.of(officialDomain), List.of("mail", "links"), "https://example.org/test", null));
        return new Brand(id, aliases.length > 0 ? aliases[0] : id, id, "test", List.of(aliases), List.of(), domains, List.of());
    }

    /** A brand with domain-label tokens (for sender local parts). */
    public static Brand brandWithTokens(String id, String officialDomain, List<String> aliases, List<String> tokens) {
        return new Brand(id, aliases.get(0), aliases.get(0), "test", aliases, tokens,
                List.of(new Brand.DomainList(List.of(officialDomain), List.of("mail", "links"), "https://example.org/test", null)),
                List.of());
    }

    public static BrandRegistry registry(Brand... brands) {
        return new BrandRegistry(List.of(brands));
    }

    /** Fluent mail: only what a test sets is present. */
    public static final class Mail {
        private String fromName;
        private String fromAddress = "";
        private String subject = "";
        private String body = "";
        private final List<EmailMessage.LinkInput> links = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        public Mail from(String name, String address) {
            this.fromName = name;
            this.fromAddress = address;
            return this;
        }

        public Mail from(String address) {
            return from(null, address);
        }

        public Mail subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Lines joined with line breaks. */
        public Mail body(String... lines) {
            this.body = String.join("\n", lines);
            return this;
        }

        public Mail link(String href, String text) {
            links.add(new EmailMessage.LinkInput(href, text));
            return this;
        }

        public EmailMessage build() {
            return new EmailMessage(new EmailMessage.Sender(fromName, fromAddress), null, null, subject, body, links, headers);
        }
    }
}
