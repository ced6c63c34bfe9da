package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.domains.DomainNames;
import dev.minuku.mail.AuthenticationResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mail authentication as the receiving side recorded it (Authentication-Results,
 * from a raw message or the JSON {@code headers}). A brand's official From
 * domain that fails DMARC is spoofing; one that passes is strong reassurance,
 * but a pass for any other domain says nothing (scammers authenticate their own
 * lookalike domains). Return-Path on another domain is a weak sign only when
 * DMARC did not pass (mail services legitimately use their own bounce domains).
 */
final class HeaderRule implements Rule {

    @Override
    public String id() {
        return "headers";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        List<Finding> out = new ArrayList<>();
        SenderAddress sender = ctx.sender();
        AuthenticationResults ar = AuthenticationResults.parse(ctx.message().header("Authentication-Results"));
        String fromDomain = sender.valid() ? sender.domain() : "";
        Optional<Brand> official = fromDomain.isEmpty() ? Optional.empty() : ctx.brands().officialSenderOf(fromDomain);
        boolean dmarcPass = false;
        Optional<AuthenticationResults.Result> dmarc = ar.first("dmarc");
        if (dmarc.isPresent()) {
            String domain = Optional.ofNullable(dmarc.get().property("header.from")).orElse(fromDomain);
            boolean aboutSender = domain.isEmpty() || fromDomain.isEmpty()
                    || DomainNames.registrableDomain(domain.toLowerCase(java.util.Locale.ROOT))
                            .equals(sender.registrableDomain());
            String r = dmarc.get().result();
            if (("fail".equals(r) || "permerror".equals(r)) && aboutSender) {
                out.add(Finding.builder(Signal.HEADER_DMARC_FAIL).confidence(official.isPresent() ? 1.0 : 0.8)
                        .evidence(ar.authservId().isEmpty() ? "dmarc=" + r : ar.authservId() + ": dmarc=" + r)
                        .arg("domain", domain).build());
            } else if ("pass".equals(r) && aboutSender && official.isPresent()) {
                dmarcPass = true;
                out.add(Finding.builder(Signal.HEADER_AUTH_PASS)
                        .evidence(ar.authservId().isEmpty() ? "dmarc=pass" : ar.authservId() + ": dmarc=pass")
                        .arg("domain", fromDomain).build());
            }
        }
        ar.first("spf").ifPresent(spf -> {
            if ("fail".equals(spf.result()) || "softfail".equals(spf.result())) {
                String d = domainOf(Optional.ofNullable(spf.property("smtp.mailfrom")).orElse(fromDomain));
                out.add(Finding.builder(Signal.HEADER_SPF_FAIL).confidence("fail".equals(spf.result()) ? 1.0 : 0.5)
                        .evidence("spf=" + spf.result()).arg("domain", d).build());
            }
        });
        ar.first("dkim").ifPresent(dkim -> {
            if ("fail".equals(dkim.result()) || "permerror".equals(dkim.result())) {
                String d = domainOf(Optional.ofNullable(dkim.property("header.d"))
                        .or(() -> Optional.ofNullable(dkim.property("header.i"))).orElse(fromDomain));
                out.add(Finding.builder(Signal.HEADER_DKIM_FAIL).evidence("dkim=" + dkim.result()).arg("domain", d).build());
            }
        });
        String returnPath = ctx.message().header("Return-Path");
        if (!dmarcPass && returnPath != null && sender.valid()) {
            SenderAddress rp = SenderAddress.parse(returnPath.strip());
            if (rp.valid() && !rp.registrableDomain().equals(sender.registrableDomain())) {
                out.add(Finding.builder(Signal.HEADER_RETURN_PATH_MISMATCH).evidence(rp.registrableDomain())
                        .arg("domain", sender.registrableDomain()).arg("returnDomain", rp.registrableDomain()).build());
            }
        }
        return out;
    }

    /** "user@example.com", "@example.com" or "example.com" → example.com. */
    private static String domainOf(String value) {
        String v = value == null ? "" : value.strip();
        int at = v.lastIndexOf('@');
        return at >= 0 ? v.substring(at + 1) : v;
    }
}
