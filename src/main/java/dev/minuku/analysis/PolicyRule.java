package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandClaim;
import dev.minuku.domains.DomainNames;
import dev.minuku.text.EvidenceText;
import dev.minuku.text.PhraseLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules brands publish about their own mail (registry {@code policies}, each
 * with its source): e-Tax mails carry no links, 日本郵便's addresses never end
 * in .com/.net/.top, only Japanese government bodies can use go.jp / lg.jp, and
 * 三井住友カード, 三菱UFJ銀行 and PayPal greet the member by name (named-greeting).
 * Applied to the brand the mail claims, or else the brand its sender belongs to.
 *
 * <p>A broken named-greeting policy is words (CONTENT): the greeting is what the
 * text says, so it can make a mail suspicious but never a scam by itself. It rests on
 * the claim and is graded by where the claim was made, like the sender findings.
 */
final class PolicyRule implements Rule {

    private static final String GOVERNMENT = "government";
    private static final String NAMED_GREETING = "named-greeting";

    private final PhraseLexicon lexicon;

    PolicyRule(PhraseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    PolicyRule() {
        this(PhraseLexicon.defaultLexicon());
    }

    @Override
    public String id() {
        return "brand-policy";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        Optional<Brand> brand = ctx.claim().map(BrandClaim::brand)
                .or(() -> ctx.sender().valid() ? ctx.brands().officialSenderOf(ctx.sender().domain()) : Optional.empty());
        if (brand.isEmpty()) {
            return List.of();
        }
        Brand b = brand.get();
        List<Finding> out = new ArrayList<>();
        boolean noLinks = b.policies().stream().anyMatch(p -> "no-links".equals(p.type()));
        List<String> forbiddenTlds = b.policies().stream().filter(p -> "forbidden-link-tlds".equals(p.type()))
                .flatMap(p -> p.values().stream()).map(v -> v.toLowerCase(Locale.ROOT)).toList();
        boolean government = GOVERNMENT.equals(b.sector());
        if (b.policies().stream().anyMatch(p -> NAMED_GREETING.equals(p.type()))) {
            Salutation.nameless(ctx.text().phrases(lexicon)).ifPresent(h -> out.add(
                    Finding.builder(Signal.POLICY_NAMED_GREETING)
                            .confidence(ClaimPlaces.weight(ctx))
                            .evidence(EvidenceText.tidy(h.matched(), EvidenceText.MAX_LENGTH))
                            .arg("brand", b.id())
                            .build()));
        }
        for (AnalyzedLink l : ctx.links()) {
            if (!isWebLink(l)) {
                continue;
            }
            String host = l.target().host();
            String shown = host == null ? l.href() : host;
            if (noLinks) {
                out.add(Finding.builder(Signal.POLICY_NO_LINKS).link(l.index()).evidence(shown)
                        .arg("brand", b.id()).arg("domain", shown).build());
            }
            if (host != null) {
                String tld = DomainNames.tld(host);
                if (forbiddenTlds.contains(tld)) {
                    out.add(Finding.builder(Signal.POLICY_FORBIDDEN_LINK_TLD).link(l.index()).evidence(host)
                            .arg("brand", b.id()).arg("domain", host).arg("tld", tld).build());
                }
                if (government && !isGovernmentHost(host)) {
                    out.add(Finding.builder(Signal.POLICY_GOVERNMENT_DOMAIN).link(l.index()).evidence(host)
                            .arg("brand", b.id()).arg("domain", host).build());
                }
            }
        }
        return out;
    }

    /** Links a reader would open in a browser; mailto: and tel: are not pages. */
    private static boolean isWebLink(AnalyzedLink l) {
        String scheme = l.url().scheme();
        return !("mailto".equals(scheme) || "tel".equals(scheme) || "sms".equals(scheme));
    }

    /** go.jp and lg.jp are registrable only by Japanese government bodies. */
    static boolean isGovernmentHost(String host) {
        return host.endsWith(".go.jp") || host.endsWith(".lg.jp") || host.equals("go.jp") || host.equals("lg.jp");
    }
}
