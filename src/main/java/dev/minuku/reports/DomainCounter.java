package dev.minuku.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The counts of one domain, kept in the same transaction as every report so
 * that reads never group the raw reports.
 */
@Entity
@Table(name = "domain_counter")
public class DomainCounter {

    @Id
    public String domain;

    /** Scam reports naming the domain as sender. */
    public int reports;

    /** Distinct reporters of those reports. */
    public int reporters;

    /** Distinct reporters of scam mails with a link to the domain. */
    @Column(name = "link_reporters")
    public int linkReporters;

    @Column(name = "not_scam_reports")
    public int notScamReports;

    @Column(name = "not_scam_reporters")
    public int notScamReporters;

    /** First and last scam report naming the domain as sender; null when none. */
    @Column(name = "first_seen")
    public Instant firstSeen;

    @Column(name = "last_seen")
    public Instant lastSeen;

    /** Brand id when the domain is one of the brand's official domains. */
    @Column(name = "official_for")
    public String officialFor;

    /** Latest distinct masked subjects, newest first, one per line. */
    @Column(name = "sample_subjects", nullable = false)
    public String sampleSubjects;

    public List<String> sampleSubjectList() {
        return sampleSubjects == null || sampleSubjects.isEmpty() ? List.of() : Arrays.asList(sampleSubjects.split("\n"));
    }

    /** Somebody reported the domain as a sender, either way. */
    public boolean reportedAsSender() {
        return reports > 0 || notScamReports > 0;
    }
}
