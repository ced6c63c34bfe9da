package dev.minuku.analysis;

import dev.minuku.brands.BrandClaim;
import dev.minuku.brands.BrandClaimDetector;

/**
 * How much a brand claim counts by where it was made. A brand in the display
 * name, the subject, the sender address or the body's letterhead (logo line,
 * copyright line) is the mail presenting itself as that brand; a brand named
 * elsewhere in the body may just be mentioned ("pay with Amazon Pay"), so
 * findings that rest on the claim are less sure then.
 */
final class ClaimPlaces {

    private ClaimPlaces() {
    }

    static double weight(BrandClaim claim) {
        if (claim == null || claim.where() == null) {
            return 0.8;
        }
        return switch (claim.where()) {
            case "from-name", "subject", "sender-address", BrandClaimDetector.LETTERHEAD -> 1.0;
            case "body" -> 0.6;
            default -> 0.8; // link-text and anything a detector adds later
        };
    }

    /** True when the mail itself says it is the brand (display name or sender address), not just its text. */
    static boolean presentsItself(BrandClaim claim) {
        return claim != null && ("from-name".equals(claim.where()) || "sender-address".equals(claim.where()));
    }
}
