package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import java.util.List;

/** The engine's answer for one email, already explained in the reader's language. */
public record AnalysisResult(
        Verdict verdict,
        int score,
        int danger,
        Category category,
        Brand brand,
        SenderView sender,
        List<LinkView> links,
        List<ExplainedFinding> findings,
        List<String> keyPoints,
        List<String> advice,
        boolean communityAvailable,
        String engineVersion) {

    public enum SenderStatus { OFFICIAL, LOOKALIKE, FREEMAIL, UNRELATED, UNKNOWN }

    public enum LinkStatus { OFFICIAL, LOOKALIKE, SUSPICIOUS, UNRELATED }

    public record SenderView(String address, String domain, String registrableDomain, SenderStatus status, int communityReports) {
    }

    public record LinkView(String href, String text, String host, String registrableDomain, LinkStatus status, List<String> findings) {
    }

    public record ExplainedFinding(String code, String severity, int weight, String message, String evidence, Finding finding) {
    }

    public boolean has(Signal signal) {
        return findings.stream().anyMatch(f -> f.code().equals(signal.code()));
    }
}
