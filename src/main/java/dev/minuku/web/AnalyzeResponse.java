package dev.minuku.web;

import dev.minuku.analysis.AnalysisResult;
import java.util.List;
import java.util.Locale;

/** POST /api/v1/analyze answer (API.md); field names are the contract. */
public record AnalyzeResponse(
        String verdict,
        int score,
        int danger,
        String category,
        BrandRef brand,
        Sender sender,
        List<Link> links,
        List<FindingView> findings,
        List<String> keyPoints,
        List<String> advice,
        boolean communityAvailable,
        String locale,
        String engineVersion,
        List<dev.minuku.mail.ParsedMail.Attachment> attachments) {

    public record BrandRef(String id, String name) {
    }

    public record Sender(String address, String domain, String registrableDomain, String status, int communityReports) {
    }

    public record Link(String href, String text, String host, String registrableDomain, String status, List<String> findings) {
    }

    public record FindingView(String code, String severity, int weight, String message, String evidence) {
    }

    public static AnalyzeResponse from(AnalysisResult r, Locale locale) {
        return new AnalyzeResponse(
                r.verdict().wireName(),
                r.score(),
                r.danger(),
                r.category().wireName(),
                r.brand() == null ? null : new BrandRef(r.brand().id(), r.brand().name(locale)),
                new Sender(r.sender().address(), r.sender().domain(), r.sender().registrableDomain(),
                        lower(r.sender().status()), r.sender().communityReports()),
                r.links().stream().map(l -> new Link(l.href(), l.text(), l.host(), l.registrableDomain(),
                        lower(l.status()), l.findings())).toList(),
                r.findings().stream().map(f -> new FindingView(f.code(), f.severity(), f.weight(), f.message(),
                        f.evidence())).toList(),
                r.keyPoints(),
                r.advice(),
                r.communityAvailable(),
                locale.getLanguage(),
                r.engineVersion(),
                List.of());
    }

    /** The same answer listing the attachments of a raw message (never opened). */
    public AnalyzeResponse withAttachments(List<dev.minuku.mail.ParsedMail.Attachment> list) {
        return new AnalyzeResponse(verdict, score, danger, category, brand, sender, links, findings, keyPoints, advice,
                communityAvailable, locale, engineVersion, List.copyOf(list));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
