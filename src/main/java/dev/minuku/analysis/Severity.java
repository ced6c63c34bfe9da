package dev.minuku.analysis;

/** How much a finding alone should worry the reader; shown in the response as lower case. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
