package dev.minuku.analysis;

import dev.minuku.brands.BrandClaimDetector;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.text.CjkText;
import dev.minuku.text.NoticeClassifier;
import dev.minuku.text.NoticeKind;
import dev.minuku.text.NormalizedText;
import dev.minuku.text.PhraseCategory;
import dev.minuku.text.PhraseLexicon;
import dev.minuku.text.TextPart;
import java.util.List;
import java.util.Set;

/**
 * A payment, account or sign-in notice, or a parcel that could not be delivered,
 * that never says which service or carrier it is about
 * (design case 1): no brand claimed or named, the sender's own name nowhere in the
 * mail, no company named, no service named the way notices name one
 * (「Google アカウント」, "FootPrints Account", 「「えきねっと」をご利用」). A genuine
 * notice always names its service (a carrier's 不在連絡 names the carrier, a shop's
 * names the shop); a scam sent to everyone leaves the reader to fill in Amazon,
 * Netflix or ヤマト運輸.
 */
final class GenericNoticeRule implements Rule {

    /** Notices that always say whose they are: account, payment, sign-in, security, and a parcel that failed to arrive. */
    static final Set<NoticeKind> KINDS;

    static {
        Set<NoticeKind> kinds = new java.util.HashSet<>(NoticeClassifier.ACCOUNT_KINDS);
        kinds.add(NoticeKind.DELIVERY_FAILURE);
        KINDS = Set.copyOf(kinds);
    }

    private final BrandClaimDetector detector;
    private final PhraseLexicon lexicon;

    GenericNoticeRule(BrandRegistry registry, PhraseLexicon lexicon) {
        this.detector = new BrandClaimDetector(registry);
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "content-generic-notice";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        if (ctx.claim().isPresent() || ctx.notice().evidence().isEmpty()
                || ctx.notice().kinds().stream().noneMatch(KINDS::contains)) {
            return List.of();
        }
        BrandClaimDetector brands = ctx.brands() == detector.registry() ? detector : new BrandClaimDetector(ctx.brands());
        if (!brands.mentioned(ctx.text()).isEmpty()
                || (ctx.sender().valid() && SenderNoticeRule.namesItself(ctx))
                || ctx.text().phrases(lexicon).any(PhraseCategory.ORGANIZATION)
                || namesAService(ctx.text().part(TextPart.SUBJECT)) || namesAService(ctx.text().part(TextPart.BODY))) {
            return List.of();
        }
        return List.of(Finding.builder(Signal.CONTENT_GENERIC_NOTICE)
                .evidence(ctx.notice().evidence().get(0))
                .build());
    }

    /** What follows a service's name in a notice: 「X アカウント」, "X ID", 「「X」をご利用」. */
    private static final List<String> SERVICE_SUFFIXES = List.of("アカウント", "account", "id", "をご利用", "会員");
    /** Capitalized words that name no service ("Your account", "Web ID"). */
    private static final Set<String> NOT_NAMES = Set.of("your", "the", "my", "this", "that", "our", "web", "email",
            "e-mail", "mail", "user", "online", "new", "linked", "same", "another", "other", "an", "any", "login",
            "admin", "member", "customer", "client", "bank", "card", "payment", "security", "system", "mailbox");
    /** Longest quoted name 「...」 taken for a service's name. */
    private static final int QUOTED_NAME = 20;

    /** A name stands right before a service suffix: a capitalized Latin word or a 「quoted」 name. */
    static boolean namesAService(NormalizedText part) {
        String t = part.despaced();
        for (String suffix : SERVICE_SUFFIXES) {
            boolean latinSuffix = suffix.charAt(0) < 0x80;
            for (int at = t.indexOf(suffix); at >= 0; at = t.indexOf(suffix, at + 1)) {
                int after = at + suffix.length();
                if (latinSuffix && after < t.length() && CjkText.isWordChar(t.charAt(after))) {
                    continue;
                }
                int end = at > 0 && t.charAt(at - 1) == ' ' ? at - 1 : at;
                if (latinSuffix && end == at) {
                    continue; // "account" inside a word, or glued to the name: not this pattern
                }
                if (end > 0 && t.charAt(end - 1) == '」') {
                    int open = t.lastIndexOf('「', end - 1);
                    if (open >= 0 && end - 1 - open >= 2 && end - 1 - open <= QUOTED_NAME) {
                        return true;
                    }
                    continue;
                }
                int start = end;
                while (start > 0 && isNameChar(t.charAt(start - 1))) {
                    start--;
                }
                if (end - start < 3 || NOT_NAMES.contains(t.substring(start, end))) {
                    continue;
                }
                String written = part.originalSpanOfDespaced(start, end);
                if (!written.isEmpty() && Character.isUpperCase(written.codePointAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
