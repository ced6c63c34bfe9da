package dev.minuku.reports.rest;

import dev.minuku.reports.service.ReportService;

/**
 * POST /api/v1/reports answer: 201 for a new report, 200 with the same id for a repeat.
 *
 * @param communityReports distinct reporters of the sender domain as a scam sender
 * @param notScamReporters distinct reporters who said its mail is not a scam (shown apart)
 * @param officialFor      brand id when the sender domain is official: the report then means spoofing
 */
public record ReportResponse(String id, String senderDomain, int communityReports, int notScamReporters,
        String officialFor) {

    static ReportResponse of(ReportService.Stored s) {
        return new ReportResponse(s.id().toString(), s.senderDomain(), s.communityReports(), s.notScamReporters(),
                s.officialFor());
    }
}
