package dev.minuku.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.reports.ReportsConfig;
import io.quarkus.runtime.LaunchMode;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// Behaviour under test: reporter ids become keyed hashes; production refuses to start without a
// key (or with a short one) and says which environment variable to set.
class ReporterHasherTest {

    @Test
    void missingKeyInProductionIsAClearStartupError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReporterHasher.requireKey(Optional.empty(), LaunchMode.NORMAL));
        assertTrue(e.getMessage().contains("MINUKU_REPORTS_REPORTER_KEY"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ReporterHasher.requireKey(Optional.of("   "), LaunchMode.NORMAL));
    }

    @Test
    void shortKeyInProductionIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReporterHasher.requireKey(Optional.of("short"), LaunchMode.NORMAL));
        assertTrue(e.getMessage().contains("16"), e.getMessage());
        // Outside production a short fixed key is fine (tests and dev use a non-secret one).
        assertEquals("short", ReporterHasher.requireKey(Optional.of("short"), LaunchMode.TEST));
    }

    @Test
    void hashIsKeyedAndNeverTheId() {
        ReporterHasher a = new ReporterHasher(config("key-one-0123456789"));
        ReporterHasher b = new ReporterHasher(config("key-two-0123456789"));
        String id = "browser-install-1234567890";
        assertEquals(a.reporterHash(id), a.reporterHash(id));
        assertNotEquals(a.reporterHash(id), b.reporterHash(id), "another key gives another hash");
        assertNotEquals(a.reporterHash(id), a.reporterHash(id + "x"));
        assertFalse(a.reporterHash(id).contains(id));
        assertEquals(64, a.reporterHash(id).length());
    }

    /** A ReportsConfig that only knows its key. */
    private static ReportsConfig config(String key) {
        return (ReportsConfig) Proxy.newProxyInstance(ReportsConfig.class.getClassLoader(),
                new Class<?>[] {ReportsConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("reporterKey")) {
                        return Optional.of(key);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
