package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.text.EvidenceText;
import dev.minuku.text.NormalizedText;
import dev.minuku.text.TextNormalizer;
import dev.minuku.text.TextPart;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text shows an official-looking address of a brand (「https://www.amazon.co.jp/payment」,
 * 「appleid.apple.comにアクセスして」) while the mail does not come from that brand:
 * a written address reassures the reader but says nothing of where the buttons lead.
 * A host written as the brand's own name (「Amazon.co.jpをご利用いただき」) is a name, not an address.
 */
final class OfficialUrlAsTextRule implements Rule {

    /** Bare host names are looked for in this much of the body at most. */
    static final int SCAN_LIMIT = 200_000;

    @Override
    public String id() {
        return "content-official-url-as-text";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        Set<String> seenHosts = new HashSet<>();
        for (AnalyzedLink l : ctx.links()) {
            if (l.origin() != AnalyzedLink.Origin.BODY_TEXT || !l.url().hasHost()) {
                continue;
            }
            seenHosts.add(l.url().host());
            Optional<Brand> owner = ctx.brands().ownerOf(l.url().host());
            if (owner.isPresent() && !sentBy(ctx, owner.get())) {
                return List.of(finding(EvidenceText.tidy(l.href(), EvidenceText.MAX_LENGTH), owner.get(), l.url().host(), 1.0));
            }
        }
        NormalizedText body = ctx.text().part(TextPart.BODY);
        String s = body.text();
        int limit = Math.min(s.length(), SCAN_LIMIT);
        int i = 0;
        while (i < limit) {
            if (!hostChar(s.charAt(i)) || (i > 0 && (hostChar(s.charAt(i - 1)) || "@/:".indexOf(s.charAt(i - 1)) >= 0))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && hostChar(s.charAt(end))) {
                end++;
            }
            int a = i;
            int b = end;
            i = end;
            while (a < b && (s.charAt(a) == '.' || s.charAt(a) == '-')) {
                a++;
            }
            while (b > a && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
                b--;
            }
            // Most runs are words or numbers: look for the dot before cutting a string out of the body.
            if (!hasDot(s, a, b) || (end < s.length() && s.charAt(end) == '@')) {
                continue;
            }
            String host = s.substring(a, b);
            if (seenHosts.contains(host)) {
                continue;
            }
            Optional<Brand> owner = ctx.brands().ownerOf(host);
            if (owner.isEmpty() || sentBy(ctx, owner.get()) || isName(owner.get(), host)) {
                continue;
            }
            return List.of(finding(EvidenceText.tidy(body.originalSpan(a, b), EvidenceText.MAX_LENGTH),
                    owner.get(), host, 0.7));
        }
        return List.of();
    }

    private static Finding finding(String evidence, Brand brand, String host, double confidence) {
        return Finding.builder(Signal.CONTENT_OFFICIAL_URL_AS_TEXT)
                .confidence(confidence)
                .evidence(evidence)
                .arg("brand", brand.id())
                .arg("domain", host)
                .build();
    }

    /** The sender's domain belongs to this brand. */
    private static boolean sentBy(AnalysisContext ctx, Brand brand) {
        return ctx.sender().valid() && ctx.brands().isOfficial(brand, ctx.sender().domain());
    }

    /** The host is written exactly as one of the brand's names ("Amazon.co.jp"). */
    private static boolean isName(Brand brand, String host) {
        for (String alias : brand.aliases()) {
            if (TextNormalizer.forMatching(alias).equals(host)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDot(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean hostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
