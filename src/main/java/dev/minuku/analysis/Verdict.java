package dev.minuku.analysis;

import java.util.Locale;

/** scam = clear signs of fraud; suspicious = warning signs; safe = no warning sign found (never a guarantee). */
public enum Verdict {
    SCAM, SUSPICIOUS, SAFE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
