package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandClaim;
import dev.minuku.domains.AbusedTlds;
import dev.minuku.domains.FreemailProviders;
import dev.minuku.domains.Lookalike;
import dev.minuku.domains.LookalikeDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who sent it: the sender domain against the brand the mail claims and the
 * lookalike tricks, in one pass with several named outcomes.
 *
 * <p>Decisions:
 * <ul>
 * <li>SENDER_FREEMAIL_BRAND replaces SENDER_BRAND_MISMATCH for free mail: it is
 *     the more precise reason, and both would say the same thing twice.</li>
 * <li>A lookalike of the claimed brand replaces SENDER_BRAND_MISMATCH too ("imitates
 *     Amazon" already says it is not Amazon's), with at least the mismatch's confidence;
 *     a lookalike of another brand does not.</li>
 * <li>A sender official for another brand gets no mismatch unless its display name
 *     or address claims the brand: Mercari's own mail may mention Amazon gift cards.</li>
 * <li>Findings that rest on the claim are graded by where it was made ({@link ClaimPlaces}).</li>
 * <li>Reply-To on another domain is not reported when both are the same brand's official domains.</li>
 * </ul>
 */
final class SenderRule implements Rule {

    /** Longest sender text repeated as evidence. */
    private static final int MAX_EVIDENCE = 200;

    private final LookalikeDetector lookalikes;

    SenderRule(LookalikeDetector lookalikes) {
        this.lookalikes = lookalikes;
    }

    @Override
    public String id() {
        return "sender";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        List<Finding> out = new ArrayList<>();
        SenderAddress s = ctx.sender();
        if (!s.address().isEmpty() && !s.valid()) {
            out.add(Finding.builder(Signal.SENDER_INVALID_ADDRESS).evidence(shorten(s.address())).build());
            return out;
        }
        if (!s.valid()) {
            return out;
        }
        if (!ctx.recipient().isEmpty() && s.sameAddressAs(ctx.recipient())) {
            out.add(Finding.builder(Signal.SENDER_SELF_SPOOF)
                    .evidence(shorten(s.address()))
                    .arg("address", shorten(s.address()))
                    .build());
        }
        Optional<Brand> owner = OfficialDomains.senderOwner(ctx.brands(), s.domain());
        Optional<Lookalike> lookalike = owner.isPresent() ? Optional.empty() : lookalikes.detect(s.domain());
        lookalike.ifPresent(l -> out.add(Finding.builder(Signal.SENDER_LOOKALIKE_DOMAIN)
                .confidence(confirmedLookalike(ctx, l))
                .evidence(l.evidence())
                .arg("domain", s.domain())
                .arg("brand", l.brand().id())
                .arg("technique", l.technique().name())
                .build()));
        ctx.claim().ifPresent(claim -> claimFindings(ctx, claim, owner, lookalike, out));
        if (owner.isEmpty()) {
            AbusedTlds.of(s.domain()).ifPresent(tld -> out.add(Finding.builder(Signal.SENDER_ABUSED_TLD)
                    .evidence(s.domain())
                    .arg("domain", s.domain())
                    .arg("tld", tld)
                    .build()));
        }
        replyTo(ctx, owner, out);
        return out;
    }

    /**
     * A lookalike of the very brand the mail claims is confirmed by the claim: a mail
     * calling itself DHL from dhl-express-jp.info imitates DHL for sure, however weak
     * the domain's resemblance alone. It then counts as much as the mismatch it replaces.
     */
    private static double confirmedLookalike(AnalysisContext ctx, Lookalike l) {
        return ctx.claim().filter(c -> c.brand().id().equals(l.brand().id()))
                .map(c -> Math.max(l.confidence(), ClaimPlaces.weight(ctx, c)))
                .orElse(l.confidence());
    }

    private static void claimFindings(AnalysisContext ctx, BrandClaim claim, Optional<Brand> owner,
            Optional<Lookalike> lookalike, List<Finding> out) {
        SenderAddress s = ctx.sender();
        Brand brand = claim.brand();
        if (OfficialDomains.sends(ctx.brands(), brand, s.domain())) {
            return;
        }
        double weight = ClaimPlaces.weight(ctx, claim);
        if (FreemailProviders.isFreemail(s.registrableDomain()) || OfficialDomains.isUserMail(ctx.brands(), s.domain())) {
            out.add(Finding.builder(Signal.SENDER_FREEMAIL_BRAND)
                    .confidence(weight)
                    .evidence(s.registrableDomain())
                    .arg("brand", brand.id())
                    .arg("domain", s.registrableDomain())
                    .build());
            return;
        }
        if (lookalike.isPresent() && lookalike.get().brand().id().equals(brand.id())) {
            return;
        }
        if (owner.isPresent() && !ClaimPlaces.presentsItself(claim)) {
            return;
        }
        out.add(Finding.builder(Signal.SENDER_BRAND_MISMATCH)
                .confidence(weight)
                .evidence(s.domain())
                .arg("brand", brand.id())
                .arg("domain", s.domain())
                .build());
    }

    private static void replyTo(AnalysisContext ctx, Optional<Brand> owner, List<Finding> out) {
        String raw = ctx.message().replyTo();
        if (raw == null || raw.isBlank()) {
            raw = ctx.message().header("Reply-To");
        }
        if (raw == null || raw.isBlank()) {
            return;
        }
        SenderAddress reply = SenderAddress.parse(firstAddress(raw));
        SenderAddress s = ctx.sender();
        if (!reply.valid() || reply.registrableDomain().equals(s.registrableDomain())) {
            return;
        }
        Optional<Brand> replyOwner = OfficialDomains.senderOwner(ctx.brands(), reply.domain());
        if (owner.isPresent() && replyOwner.isPresent() && owner.get().id().equals(replyOwner.get().id())) {
            return; // amazon.co.jp replying to amazon.com
        }
        // Replies diverted to free mail, or away from an official sender, are the classic pattern.
        double confidence = FreemailProviders.isFreemail(reply.registrableDomain()) || owner.isPresent() ? 1.0 : 0.7;
        out.add(Finding.builder(Signal.SENDER_REPLY_TO_MISMATCH)
                .confidence(confidence)
                .evidence(reply.registrableDomain())
                .arg("domain", s.registrableDomain())
                .arg("replyDomain", reply.registrableDomain())
                .build());
    }

    /** The first address of a header value: "Name <a@b>, c@d" → a@b. */
    static String firstAddress(String value) {
        String v = value.strip();
        int lt = v.indexOf('<');
        int gt = lt >= 0 ? v.indexOf('>', lt) : -1;
        if (lt >= 0 && gt > lt) {
            return v.substring(lt + 1, gt).strip();
        }
        int comma = v.indexOf(',');
        return (comma >= 0 ? v.substring(0, comma) : v).strip();
    }

    private static String shorten(String s) {
        return s.length() <= MAX_EVIDENCE ? s : s.substring(0, MAX_EVIDENCE) + "…";
    }
}
