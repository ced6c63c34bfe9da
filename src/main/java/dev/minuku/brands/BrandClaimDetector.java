package dev.minuku.brands;

import dev.minuku.analysis.EmailMessage;
import dev.minuku.text.MatchText;
import dev.minuku.text.TextNormalizer;
import java.util.List;
import java.util.Optional;

/** Finds the brand a mail claims. (Placeholder: plain alias search; the text work replaces it.) */
public final class BrandClaimDetector {

    private final BrandRegistry registry;

    public BrandClaimDetector(BrandRegistry registry) {
        this.registry = registry;
    }

    public Optional<BrandClaim> detect(EmailMessage message, MatchText text) {
        String[][] places = {
            {"from-name", text.fromName()}, {"subject", text.subject()}, {"body", text.body()}, {"link-text", text.linkTexts()}
        };
        for (String[] place : places) {
            for (Brand b : registry.all()) {
                for (String alias : b.aliases()) {
                    String a = TextNormalizer.forMatching(alias);
                    if (!a.isEmpty() && place[1].contains(a)) {
                        return Optional.of(new BrandClaim(b, place[0], alias, false));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every brand named anywhere in the text. */
    public List<Brand> mentioned(MatchText text) {
        String all = text.fromName() + "\n" + text.content();
        return registry.all().stream()
                .filter(b -> b.aliases().stream().map(TextNormalizer::forMatching).anyMatch(a -> !a.isEmpty() && all.contains(a)))
                .toList();
    }
}
