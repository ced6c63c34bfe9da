package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.LookalikeDetector;
import dev.minuku.text.PhraseLexicon;
import java.util.List;

/** The rules the shipped engine runs, in order. */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static List<Rule> create(BrandRegistry registry) {
        PhraseLexicon lexicon = PhraseLexicon.defaultLexicon();
        LookalikeDetector lookalikes = new LookalikeDetector(registry);
        return List.of(
                new SenderRule(lookalikes),
                new LinkRule(lookalikes),
                new SenderNoticeRule(),
                new HeaderRule(),
                new PolicyRule(lexicon),
                new ReassuranceRule(),
                new CommunityRule(),
                new BrandObfuscationRule(),
                new GenericNoticeRule(registry, lexicon),
                new ContentPhraseRule(lexicon),
                new UnnaturalJapaneseRule(lexicon),
                new SpacedTextRule(),
                new MixedWidthRule(),
                new OfficialUrlAsTextRule(),
                new PressurePatternRule(lexicon));
    }
}
