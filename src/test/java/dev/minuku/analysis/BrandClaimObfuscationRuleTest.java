package dev.minuku.analysis;

import static dev.minuku.analysis.TextContexts.findings;
import static dev.minuku.analysis.TextContexts.prepare;
import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// A brand claim written with look-alike or decorative letters is identity
// evidence (IDENTITY_BRAND_OBFUSCATED) naming the brand and the disguised text.
class BrandClaimObfuscationRuleTest {

    private final Rule rule = new BrandObfuscationRule();

    private List<Finding> run(EmailMessage m) {
        return findings(rule, prepare(m), Signal.IDENTITY_BRAND_OBFUSCATED);
    }

    @Test
    void aLookAlikeBrandNameInTheSubjectIsObfuscation() {
        List<Finding> f = run(mail().from("no-reply@random.example.com").subject("AppIe IDに不審なサインインがありました").build());
        assertEquals(1, f.size());
        assertEquals("AppIe ID", f.get(0).evidence());
        assertEquals("apple", f.get(0).args().get("brand"));
        assertEquals("subject", f.get(0).args().get("where"));
    }

    @Test
    void mathematicalBoldInTheDisplayNameIsObfuscation() {
        assertEquals("𝐀𝐦𝐚𝐳𝐨𝐧", run(mail().from("𝐀𝐦𝐚𝐳𝐨𝐧", "a@example.com").build()).get(0).evidence());
    }

    @Test
    void fullWidthOrPlainNamesAreNotObfuscation() {
        // Why not: full-width letters are ordinary Japanese typing.
        assertTrue(run(mail().from("ＡＭＡＺＯＮ", "a@example.com").build()).isEmpty());
        assertTrue(run(mail().from("Apple", "a@example.com").subject("Apple IDのお知らせ").build()).isEmpty());
        // Why not: no brand is claimed at all.
        assertTrue(run(mail().from("a@example.com").subject("会議のお知らせ").build()).isEmpty());
    }
}
