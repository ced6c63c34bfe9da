package dev.minuku.reports.service;

import dev.minuku.reports.DomainCounter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One domain as the community API shows it (API.md: GET /api/v1/community/domains).
 *
 * @param domain           registrable domain, lower-case ASCII
 * @param reports          scam reports naming it as sender
 * @param reporters        distinct reporters of those
 * @param linkReporters    distinct reporters of scam mails linking to it
 * @param notScamReports   "not a scam" reports, shown apart and never subtracted
 * @param notScamReporters distinct reporters of those
 * @param firstSeen        first scam report, or null
 * @param lastSeen         latest scam report, or null
 * @param officialFor      brand id when the domain is the brand's official domain (reports then mean spoofing)
 * @param sampleSubjects   latest distinct subjects, e-mail addresses masked
 */
public record DomainReports(
        String domain,
        int reports,
        int reporters,
        int linkReporters,
        int notScamReports,
        int notScamReporters,
        Instant firstSeen,
        Instant lastSeen,
        String officialFor,
        List<String> sampleSubjects) {

    static DomainReports of(DomainCounter c, String officialFor) {
        return new DomainReports(c.domain, c.reports, c.reporters, c.linkReporters, c.notScamReports,
                c.notScamReporters, seconds(c.firstSeen), seconds(c.lastSeen), officialFor, c.sampleSubjectList());
    }

    private static Instant seconds(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
    }
}
