package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.testsupport.Emails;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

// Input shaped to make a scanner go quadratic costs one pass: each case here once
// took seconds (a body of "a.a.a…" was one 100,000-character host whose every tail
// was copied to look it up in the registry) and now takes milliseconds. The time
// limits are a hundred times what a quiet machine needs, so a loaded one passes.
class AdversarialInputCostTest {

    private static final Analyzer ANALYZER = Analyzer.withDefaults();

    @Test
    void aHostOfAMillionCharactersIsLookedUpInTheRegistryInOnePass() {
        BrandRegistry brands = ANALYZER.brands();
        String host = "a.".repeat(500_000) + "amazon.co.jp";
        Optional<Brand> owner = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> brands.ownerOf(host));
        assertEquals("amazon", owner.map(Brand::id).orElse(null), "the listed tail is still found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.", "1.", "www.", "amazon.co.jp.", "http://a.", "ａ．"})
    void aBodyOfOneRepeatedDottedLabelIsAnalyzedQuickly(String unit) {
        EmailMessage mail = Emails.from("info@example.com").subject("s").body(unit.repeat(100_000 / unit.length())).build();
        AnalysisResult r = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ANALYZER.analyze(mail, Explainer.ENGLISH));
        assertNotNull(r.verdict());
    }
}
