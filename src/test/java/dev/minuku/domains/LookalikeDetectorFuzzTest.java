package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.minuku.brands.BrandRegistry;
import java.util.Optional;

// Any host, as the parser gives it or raw, is checked for brand imitation without an
// exception; a match names a brand and a technique, has a confidence in (0, 1], and is never
// a host that brand owns.
class LookalikeDetectorFuzzTest {

    private static final BrandRegistry BRANDS = BrandRegistry.loadDefault();
    private static final LookalikeDetector DETECTOR = new LookalikeDetector(BRANDS);

    @FuzzTest(maxDuration = "10s")
    void anyHostIsCheckedForImitation(String name) {
        check(name);
        DomainNames.toAscii(name).ifPresent(LookalikeDetectorFuzzTest::check);
    }

    private static void check(String host) {
        Optional<Lookalike> found = DETECTOR.detect(host);
        found.ifPresent(l -> {
            assertNotNull(l.brand());
            assertNotNull(l.technique());
            assertNotNull(l.evidence());
            assertTrue(l.confidence() > 0 && l.confidence() <= 1, "confidence " + l.confidence());
            assertFalse(BRANDS.isOfficial(l.brand(), host.strip().toLowerCase(java.util.Locale.ROOT)),
                    host + " belongs to " + l.brand().id());
        });
    }
}
