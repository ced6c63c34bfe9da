package dev.minuku.brands;

/**
 * The brand a mail claims to come from.
 *
 * @param brand      the brand
 * @param where      where the claim was found: from-name, subject, link-text, body, body-letterhead
 *                   (the body's logo line or copyright line), sender-address
 * @param matched    the text that matched, as written in the mail
 * @param obfuscated the name was written with look-alike or decorative letters (e.g. "AppIe", "Amаᴢоn")
 */
public record BrandClaim(Brand brand, String where, String matched, boolean obfuscated) {
}
