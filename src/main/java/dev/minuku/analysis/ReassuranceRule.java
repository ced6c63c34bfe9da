package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandClaim;
import dev.minuku.mail.AuthenticationResults;
import java.util.List;
import java.util.Optional;

/**
 * Sender and every link on the official domains of the brand the mail claims:
 * what clears the genuine Amazon payment notice (design case 3). A matching
 * sender alone proves little (the From address is easily forged), so a mail
 * with no links is reassured only by half; a spoofed notice needs a link to an
 * outside host to do harm, and that link breaks this rule.
 */
final class ReassuranceRule implements Rule {

    /** A failed DMARC check means the official-looking sender is forged: nothing to reassure. */
    private static boolean dmarcFailed(AnalysisContext ctx) {
        return AuthenticationResults.parse(ctx.message().header("Authentication-Results")).first("dmarc")
                .map(r -> "fail".equals(r.result()) || "permerror".equals(r.result())).orElse(false);
    }

    @Override
    public String id() {
        return "reassurance";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        if (!ctx.sender().valid()) {
            return List.of();
        }
        Optional<Brand> owner = ctx.brands().officialSenderOf(ctx.sender().domain());
        if (owner.isEmpty()) {
            return List.of();
        }
        Brand brand = owner.get();
        Optional<Brand> claimed = ctx.claim().map(BrandClaim::brand);
        if (claimed.isPresent() && !claimed.get().id().equals(brand.id())) {
            return List.of();
        }
        if (ctx.claim().map(BrandClaim::obfuscated).orElse(false) || dmarcFailed(ctx)) {
            return List.of();
        }
        int checked = 0;
        for (AnalyzedLink l : ctx.links()) {
            String scheme = l.url().scheme();
            if ("mailto".equals(scheme) || "tel".equals(scheme)) {
                continue;
            }
            if (!l.target().hasHost() || !ctx.brands().isOfficialLink(brand, l.target().host())
                    || !ctx.brands().isOfficialLink(brand, l.url().host())) {
                return List.of();
            }
            checked++;
        }
        return List.of(Finding.builder(Signal.OFFICIAL_SENDER_AND_LINKS)
                .confidence(checked > 0 ? 1.0 : 0.5)
                .evidence(ctx.sender().registrableDomain())
                .arg("brand", brand.id())
                .arg("domain", ctx.sender().registrableDomain())
                .build());
    }
}
