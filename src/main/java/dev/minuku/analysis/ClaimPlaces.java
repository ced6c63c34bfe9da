package dev.minuku.analysis;

import dev.minuku.brands.BrandClaim;
import dev.minuku.brands.BrandClaimDetector;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How much a brand claim counts by where it was made. A brand in the display
 * name, the subject, the sender address or the body's letterhead (logo line,
 * copyright line) is the mail presenting itself as that brand; a brand named
 * elsewhere in the body may just be mentioned ("pay with Amazon Pay"), so
 * findings that rest on the claim are less sure then.
 *
 * <p>A mail whose display name names its sender as someone else ("ミヌク珈琲",
 * "Harbor Books") and that makes no account, payment, delivery, prize or security
 * notice is not claiming a brand it names in its subject or text: a coffee shop
 * announcing 「お支払い方法にPayPayを追加しました」 or a bookshop streaming a talk on
 * YouTube only mentions them. Findings resting on such a claim count as a mention.
 * Scams that name a brand in the subject always make one of those notices, and a
 * role-only display name ("Customer Service", 「カスタマーサポート」) names no one.
 */
final class ClaimPlaces {

    /** What a brand merely mentioned by a sender who names itself counts. */
    static final double MENTION = 0.2;

    /** Display-name words that say a role, not who the sender is. */
    private static final List<String> ROLE_WORDS = longestFirst("customer", "service", "services", "support", "team", "info",
            "information", "noreply", "no-reply", "notification", "notifications", "notice", "alert", "alerts", "account",
            "accounts", "security", "billing", "help", "desk", "helpdesk", "center", "centre", "admin", "administrator",
            "mail", "system", "official", "カスタマー", "サービス", "サポート", "センター", "事務局", "お知らせ", "窓口", "運営",
            "担当", "係", "公式", "通知", "セキュリティ", "管理者", "システム", "お客様", "お客さま");

    private ClaimPlaces() {
    }

    /** Longest first, so "accounts" goes before "account" leaves an "s" behind. */
    private static List<String> longestFirst(String... words) {
        return Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** By place alone. */
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

    /** By place, and no more than a mention when a sender that names itself only mentions the brand. */
    static double weight(AnalysisContext ctx, BrandClaim claim) {
        double place = weight(claim);
        return isMention(ctx, claim) ? Math.min(place, MENTION) : place;
    }

    /** The claim of this mail, graded (1 when the mail claims nothing: nothing to grade). */
    static double weight(AnalysisContext ctx) {
        return ctx.claim().map(c -> weight(ctx, c)).orElse(1.0);
    }

    /**
     * The brand is named in the subject, a link text or the body (not its letterhead)
     * of a mail whose display name names a sender of its own, and the mail makes no
     * account, payment, delivery, prize or security notice.
     */
    static boolean isMention(AnalysisContext ctx, BrandClaim claim) {
        if (claim == null || !("subject".equals(claim.where()) || "body".equals(claim.where())
                || "link-text".equals(claim.where()))) {
            return false;
        }
        return namesItself(ctx.message().from().name()) && !ctx.notice().isNotice();
    }

    /** The display name says who the sender is: some word beyond role words and punctuation. */
    static boolean namesItself(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return false;
        }
        String rest = displayName.toLowerCase(Locale.ROOT);
        for (String role : ROLE_WORDS) {
            rest = rest.replace(role, " ");
        }
        int letters = 0;
        for (int i = 0; i < rest.length(); ) {
            int cp = rest.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** True when the mail itself says it is the brand (display name or sender address), not just its text. */
    static boolean presentsItself(BrandClaim claim) {
        return claim != null && ("from-name".equals(claim.where()) || "sender-address".equals(claim.where()));
    }
}
