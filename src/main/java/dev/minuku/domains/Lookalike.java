package dev.minuku.domains;

import dev.minuku.brands.Brand;

/**
 * A host that imitates a brand: which brand, how, and how sure we are.
 *
 * @param brand      the brand imitated
 * @param technique  how it imitates (also the {@code technique.*} message key)
 * @param evidence   what a person can check: the host, with its Unicode form when it is punycode
 * @param confidence 0..1, graded by technique (see {@link LookalikeDetector})
 */
public record Lookalike(Brand brand, Technique technique, String evidence, double confidence) {

    /** Imitation techniques; names match the {@code technique.*} keys of the message bundles. */
    public enum Technique {
        /** The brand name inside an unrelated label: {@code emailamazoncojp.cf}, {@code amzn-verify.ml}. */
        TOKEN_IN_LABEL,
        /** A brand's domain as labels of another site: {@code amazon.co.jp.example.top}. */
        BRAND_AS_SUBDOMAIN,
        /** Letters from another script that look the same: {@code аmazon.com} with Cyrillic а. */
        HOMOGRAPH,
        /** One or two characters off, or ASCII look-alikes: {@code amazom.co.jp}, {@code arnazon.com}. */
        TYPO,
        /** The brand's name under another ending: {@code mercari.shop}, {@code amazon-jp.top}, {@code amazon.co.jp.cn}. */
        TLD_SWAP,
        /** An internationalized name that displays like the brand's once accents are ignored: {@code amazön.com}. */
        PUNYCODE;

        public String messageKey() {
            return "technique." + name();
        }
    }
}
