package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.LookalikeDetector;
import java.util.List;

/** The rules the shipped engine runs, in order. */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static List<Rule> create(BrandRegistry registry) {
        LookalikeDetector lookalikes = new LookalikeDetector(registry);
        return List.of(
                new SenderRule(lookalikes),
                new LinkRule(lookalikes),
                new SenderNoticeRule(),
                new ReassuranceRule());
    }
}
