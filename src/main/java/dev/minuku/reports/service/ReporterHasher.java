package dev.minuku.reports.service;

import dev.minuku.reports.ReportsConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of reporter ids and messages. The key lives only
 * in configuration, so the stored hash can neither be reversed nor matched
 * against a guessed id by someone who reads the database. Built at startup so
 * that a production service without a key refuses to start.
 */
@Startup
@ApplicationScoped
public class ReporterHasher {

    static final String ALGORITHM = "HmacSHA256";
    static final int MIN_PRODUCTION_KEY_LENGTH = 16;

    private final SecretKeySpec key;

    public ReporterHasher(ReportsConfig config) {
        this.key = new SecretKeySpec(requireKey(config.reporterKey(), LaunchMode.current()).getBytes(StandardCharsets.UTF_8),
                ALGORITHM);
    }

    /** The configured key, or a startup error that says how to set it. */
    static String requireKey(Optional<String> configured, LaunchMode mode) {
        String value = configured.map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw new IllegalStateException("minuku.reports.reporter-key is not set: set the environment variable "
                    + "MINUKU_REPORTS_REPORTER_KEY to a long random secret (e.g. `openssl rand -hex 32`). Crowd reports "
                    + "store only a keyed hash of each reporter id and cannot run without the key.");
        }
        if (mode == LaunchMode.NORMAL && value.length() < MIN_PRODUCTION_KEY_LENGTH) {
            throw new IllegalStateException("minuku.reports.reporter-key (MINUKU_REPORTS_REPORTER_KEY) is shorter than "
                    + MIN_PRODUCTION_KEY_LENGTH + " characters: use a long random secret (e.g. `openssl rand -hex 32`).");
        }
        return value;
    }

    /** The stored stand-in for a reporter id. */
    public String reporterHash(String reporter) {
        return hmac("reporter\u0000" + reporter);
    }

    /** Identifies one report: the same reporter, kind and message always give the same key. */
    public String messageKey(String reporterHash, String kind, String senderAddress, String subjectKey, String linkHosts) {
        return hmac(String.join("\u0000", "message", reporterHash, kind, senderAddress, subjectKey, linkHosts));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // Mac instances are not thread-safe; creating one is cheap
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
