package dev.minuku.brands;

import java.util.List;
import java.util.Locale;

/**
 * One brand of the registry (data: {@code minuku/brands.yaml}).
 *
 * @param id              stable lower-case id, e.g. {@code amazon}, {@code smbc-card}
 * @param nameJa          name as Japanese readers know it
 * @param nameEn          name in English
 * @param sector          what the brand does (ecommerce, card, bank, delivery, ...)
 * @param aliases         names a mail may use to claim the brand (kana, kanji, romaji, product names)
 * @param tokens          lower-case ASCII fragments that identify the brand inside a domain label (lookalikes)
 * @param domainLists     official domains for mail and links, each list with its source
 * @param policies        rules the brand itself publishes (negative rules), each with a source
 */
public record Brand(
        String id,
        String nameJa,
        String nameEn,
        String sector,
        List<String> aliases,
        List<String> tokens,
        List<DomainList> domainLists,
        List<Policy> policies) {

    public Brand {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        domainLists = domainLists == null ? List.of() : List.copyOf(domainLists);
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /** Every official domain of the brand, lower case ASCII. */
    public List<String> officialDomains() {
        return domainLists.stream().flatMap(l -> l.domains().stream()).distinct().toList();
    }

    public String name(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    /**
     * @param domains lower-case ASCII domains; a host equal to one or below it is official
     * @param use     what the domains are used for: mail, links, or both
     * @param source  where this list was found (URL)
     * @param note    optional remark (third-party sender, caveats)
     */
    public record DomainList(List<String> domains, List<String> use, String source, String note) {
        public DomainList {
            domains = domains == null ? List.of() : domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).toList();
            use = use == null ? List.of("mail", "links") : List.copyOf(use);
        }
    }

    /**
     * A rule the brand publishes about its own mail (e.g. "our mails carry no links").
     *
     * @param type   machine-readable kind, interpreted by the policy rule
     * @param values parameters of the policy (e.g. forbidden TLDs)
     * @param source where the brand says so (URL)
     */
    public record Policy(String type, List<String> values, String source, String note) {
        public Policy {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}
