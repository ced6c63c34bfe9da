package dev.minuku.text;

/** What a mail says is happening; drives the response category. */
public enum NoticeKind {
    ACCOUNT_SUSPENSION,
    PAYMENT_FAILURE,
    DELIVERY_FAILURE,
    PRIZE_OR_REFUND,
    CREDENTIAL_VERIFICATION,
    SECURITY_ALERT
}
