package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import java.util.List;

/** The rules the shipped engine runs, in order. */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static List<Rule> create(BrandRegistry registry) {
        return List.of(
                new SenderNoticeRule(),
                new ReassuranceRule(),
                new CommunityRule());
    }
}
