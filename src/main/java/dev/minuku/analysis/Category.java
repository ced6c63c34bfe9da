package dev.minuku.analysis;

/** What the mail is about, as the API names it. */
public enum Category {
    ACCOUNT_SUSPENSION("account-suspension"),
    PAYMENT_FAILURE("payment-failure"),
    DELIVERY_FAILURE("delivery-failure"),
    PRIZE_OR_REFUND("prize-or-refund"),
    CREDENTIAL_VERIFICATION("credential-verification"),
    GENERIC_NOTICE("generic-notice"),
    IMPERSONATION("impersonation"),
    OTHER("other"),
    NONE("none");

    private final String wireName;

    Category(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
