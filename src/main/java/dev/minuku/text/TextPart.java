package dev.minuku.text;

/** The fields of a mail that matchers read; the wire names are what {@code BrandClaim.where} says. */
public enum TextPart {
    FROM_NAME("from-name"),
    SUBJECT("subject"),
    BODY("body"),
    LINK_TEXT("link-text");

    private final String wireName;

    TextPart(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
