package dev.minuku.analysis;

/**
 * Signal families. Scoring caps each group separately, and only groups whose
 * {@link #isEvidence()} is true can carry a verdict to {@code scam}: words
 * alone never make a scam (the genuine Amazon notice uses the same words).
 */
public enum SignalGroup {
    /** Who sent it: sender domain versus claimed brand. */
    SENDER(true),
    /** Where links really go. */
    LINK(true),
    /** A brand name disguised with look-alike letters: a deliberate trick, not wording. */
    IDENTITY(true),
    /** Mail authentication and envelope headers. */
    HEADER(true),
    /** What the community reported. */
    COMMUNITY(true),
    /** What the text says: pressure, threats, requests, unnatural language. */
    CONTENT(false),
    /** Signs that the mail is genuine; weights are negative. */
    REASSURANCE(false),
    /** The engine itself could not finish a rule. */
    ENGINE(false);

    private final boolean evidence;

    SignalGroup(boolean evidence) {
        this.evidence = evidence;
    }

    public boolean isEvidence() {
        return evidence;
    }
}
