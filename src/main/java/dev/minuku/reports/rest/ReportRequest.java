package dev.minuku.reports.rest;

import dev.minuku.web.AnalyzeRequest.From;
import dev.minuku.web.AnalyzeRequest.Link;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * POST /api/v1/reports body (API.md). The display name and link texts are
 * accepted for symmetry with /analyze (the same sender and link shapes and
 * limits) but never stored.
 */
public record ReportRequest(
        @NotNull(message = "from is required") @Valid From from,
        @Size(max = 1000, message = "at most 1000 characters") String subject,
        @Size(max = 500, message = "at most 500 links") List<@NotNull(message = "a link cannot be null") @Valid Link> links,
        @NotNull(message = "reporter is required")
        @Size(min = 8, max = 128, message = "8 to 128 characters")
        @Pattern(regexp = "[\\x21-\\x7E]*", message = "printable ASCII characters without spaces") String reporter,
        @Pattern(regexp = "scam|not-scam", message = "scam or not-scam") String kind,
        @Size(max = 64, message = "at most 64 characters")
        @Pattern(regexp = "[A-Za-z0-9._/+-]*", message = "letters, digits and . _ / + - only") String clientVersion) {

}
