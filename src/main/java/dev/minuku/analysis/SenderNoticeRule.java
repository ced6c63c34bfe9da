package dev.minuku.analysis;

import dev.minuku.domains.FreemailProviders;
import dev.minuku.text.NoticeKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An account or payment notice whose sender never names itself nor any service
 * (design case 1: a fashion shop's real domain sending a 「お支払い方法」 notice).
 * A genuine notice always says which service it is about; the sender's own name
 * (a label of its domain) appearing in the mail clears it.
 */
final class SenderNoticeRule implements Rule {

    private static final Set<NoticeKind> ACCOUNT_KINDS = Set.of(
            NoticeKind.PAYMENT_FAILURE, NoticeKind.ACCOUNT_SUSPENSION,
            NoticeKind.CREDENTIAL_VERIFICATION, NoticeKind.SECURITY_ALERT);

    @Override
    public String id() {
        return "sender-notice";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        SenderAddress s = ctx.sender();
        if (!s.valid() || ctx.claim().isPresent()
                || ctx.notice().kinds().stream().noneMatch(ACCOUNT_KINDS::contains)
                || ctx.brands().officialSenderOf(s.domain()).isPresent()
                || FreemailProviders.isFreemail(s.registrableDomain())
                || ctx.brands().usesOf(s.domain()).contains(dev.minuku.brands.BrandRegistry.USE_USER_MAIL)
                || namesItself(ctx)) {
            return List.of();
        }
        return List.of(Finding.builder(Signal.SENDER_UNRELATED_TO_NOTICE)
                .evidence(s.registrableDomain())
                .arg("domain", s.registrableDomain())
                .build());
    }

    /** The sender's registrable label (or a 4+ letter part of it) appears in the display name or text. */
    static boolean namesItself(AnalysisContext ctx) {
        String registrable = ctx.sender().registrableDomain();
        int dot = registrable.indexOf('.');
        String label = (dot < 0 ? registrable : registrable.substring(0, dot)).toLowerCase(Locale.ROOT);
        String haystack = ctx.text().fromName() + "\n" + ctx.text().content() + "\n"
                + ctx.links().stream().map(l -> l.target().host() == null ? "" : l.target().host())
                        .reduce("", (a, b) -> a + "\n" + b);
        if (label.length() >= 3 && haystack.contains(label)) {
            return true;
        }
        for (String part : label.split("[-_]")) {
            if (part.length() >= 4 && haystack.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
