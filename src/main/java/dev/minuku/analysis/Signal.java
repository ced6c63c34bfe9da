package dev.minuku.analysis;

import static dev.minuku.analysis.Severity.HIGH;
import static dev.minuku.analysis.Severity.INFO;
import static dev.minuku.analysis.Severity.LOW;
import static dev.minuku.analysis.Severity.MEDIUM;
import static dev.minuku.analysis.SignalGroup.COMMUNITY;
import static dev.minuku.analysis.SignalGroup.CONTENT;
import static dev.minuku.analysis.SignalGroup.ENGINE;
import static dev.minuku.analysis.SignalGroup.HEADER;
import static dev.minuku.analysis.SignalGroup.IDENTITY;
import static dev.minuku.analysis.SignalGroup.LINK;
import static dev.minuku.analysis.SignalGroup.REASSURANCE;
import static dev.minuku.analysis.SignalGroup.SENDER;

/**
 * The signal catalog. The enum constant name is the stable API code returned
 * in {@code findings[].code}; the explanation lives in
 * {@code messages_ja/en.properties} under {@code finding.CODE}, and the weight
 * that counts lives in {@code scoring.properties} (the default here is what
 * applies when the scoring file is silent).
 */
public enum Signal {
    // ---- sender ------------------------------------------------------------
    SENDER_BRAND_MISMATCH(SENDER, HIGH, 35),
    SENDER_LOOKALIKE_DOMAIN(SENDER, HIGH, 45),
    SENDER_FREEMAIL_BRAND(SENDER, MEDIUM, 25),
    SENDER_ABUSED_TLD(SENDER, LOW, 8),
    SENDER_SELF_SPOOF(SENDER, MEDIUM, 25),
    SENDER_UNRELATED_TO_NOTICE(SENDER, HIGH, 35),
    SENDER_REPLY_TO_MISMATCH(SENDER, MEDIUM, 15),
    SENDER_INVALID_ADDRESS(SENDER, LOW, 10),

    // ---- links -------------------------------------------------------------
    LINK_NOT_OFFICIAL(LINK, HIGH, 35),
    LINK_LOOKALIKE_DOMAIN(LINK, HIGH, 45),
    LINK_TEXT_HOST_MISMATCH(LINK, HIGH, 40),
    LINK_NUMERIC_IP(LINK, MEDIUM, 25),
    LINK_USERINFO(LINK, HIGH, 30),
    LINK_NONDEFAULT_PORT(LINK, LOW, 8),
    LINK_LONG_OR_ENCODED(LINK, LOW, 5),
    LINK_SHORTENER(LINK, MEDIUM, 12),
    LINK_REDIRECTOR(LINK, MEDIUM, 12),
    LINK_RECIPIENT_IN_URL(LINK, MEDIUM, 20),
    LINK_SCRIPT_SCHEME(LINK, HIGH, 35),
    LINK_ABUSED_TLD(LINK, LOW, 10),
    LINK_MALFORMED(LINK, LOW, 10),
    LINK_INSECURE_LOGIN(LINK, LOW, 5),

    // ---- what brands publish about their own mail -------------------------
    POLICY_NO_LINKS(LINK, HIGH, 40),
    POLICY_FORBIDDEN_LINK_TLD(LINK, HIGH, 40),
    POLICY_GOVERNMENT_DOMAIN(LINK, HIGH, 35),
    /** A brand that greets members by name, greeted generically: what the words say (CONTENT). */
    POLICY_NAMED_GREETING(CONTENT, MEDIUM, 15),

    // ---- identity tricks ---------------------------------------------------
    IDENTITY_BRAND_OBFUSCATED(IDENTITY, HIGH, 40),

    // ---- content (words: suspicious at most) -------------------------------
    CONTENT_GENERIC_NOTICE(CONTENT, MEDIUM, 20),
    CONTENT_DEADLINE(CONTENT, LOW, 10),
    CONTENT_THREAT(CONTENT, MEDIUM, 12),
    CONTENT_CREDENTIAL_REQUEST(CONTENT, MEDIUM, 15),
    CONTENT_PAYMENT_REQUEST(CONTENT, MEDIUM, 12),
    CONTENT_LURE(CONTENT, LOW, 10),
    CONTENT_GENERIC_GREETING(CONTENT, LOW, 8),
    CONTENT_UNNATURAL_JAPANESE(CONTENT, MEDIUM, 15),
    CONTENT_SPACED_TEXT(CONTENT, MEDIUM, 12),
    CONTENT_MIXED_WIDTH(CONTENT, MEDIUM, 12),
    CONTENT_OFFICIAL_URL_AS_TEXT(CONTENT, LOW, 8),
    CONTENT_PRESSURE_PATTERN(CONTENT, MEDIUM, 15),

    // ---- headers -----------------------------------------------------------
    HEADER_DMARC_FAIL(HEADER, HIGH, 40),
    HEADER_SPF_FAIL(HEADER, MEDIUM, 15),
    HEADER_DKIM_FAIL(HEADER, MEDIUM, 15),
    HEADER_RETURN_PATH_MISMATCH(HEADER, LOW, 8),

    // ---- community ---------------------------------------------------------
    COMMUNITY_REPORTED_SENDER(COMMUNITY, HIGH, 30),
    COMMUNITY_REPORTED_LINK(COMMUNITY, MEDIUM, 20),
    COMMUNITY_SPOOFED_OFFICIAL(COMMUNITY, INFO, 0),
    COMMUNITY_UNAVAILABLE(COMMUNITY, INFO, 0),

    // ---- reassurance -------------------------------------------------------
    OFFICIAL_SENDER_AND_LINKS(REASSURANCE, INFO, -40),
    HEADER_AUTH_PASS(REASSURANCE, INFO, -15),

    // ---- engine ------------------------------------------------------------
    ENGINE_RULE_ERROR(ENGINE, INFO, 0);

    private final SignalGroup group;
    private final Severity severity;
    private final int defaultWeight;

    Signal(SignalGroup group, Severity severity, int defaultWeight) {
        this.group = group;
        this.severity = severity;
        this.defaultWeight = defaultWeight;
    }

    public String code() {
        return name();
    }

    public SignalGroup group() {
        return group;
    }

    public Severity severity() {
        return severity;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    /** Key of the explanation in the message bundles. */
    public String messageKey() {
        return "finding." + name();
    }
}
