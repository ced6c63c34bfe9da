package dev.minuku.analysis;

import dev.minuku.brands.BrandClaim;
import dev.minuku.text.EvidenceText;
import java.util.List;

/**
 * The claimed brand's name is written with look-alike or decorative letters
 * ("AppIe", Cyrillic "Amаzon", "𝐀𝐦𝐚𝐳𝐨𝐧"): no genuine sender disguises its own
 * name, so this is evidence, not wording. Full-width letters are not a disguise.
 */
final class BrandObfuscationRule implements Rule {

    @Override
    public String id() {
        return "identity-brand-obfuscated";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        if (ctx.claim().isEmpty() || !ctx.claim().get().obfuscated()) {
            return List.of();
        }
        BrandClaim claim = ctx.claim().get();
        return List.of(Finding.builder(Signal.IDENTITY_BRAND_OBFUSCATED)
                .evidence(EvidenceText.tidy(claim.matched(), EvidenceText.MAX_LENGTH))
                .arg("brand", claim.brand().id())
                .arg("where", claim.where())
                .build());
    }
}
