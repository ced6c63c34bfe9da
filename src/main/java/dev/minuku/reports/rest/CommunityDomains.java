package dev.minuku.reports.rest;

import dev.minuku.reports.service.DomainReports;
import java.util.List;

/**
 * GET /api/v1/community/domains answer.
 *
 * @param domains         reported sender domains, most distinct reporters first; never an official domain
 * @param spoofedOfficial official domains that reports say were forged, each with {@code officialFor}
 * @param minReporters    distinct reporters a domain needs to be listed
 * @param days            the window asked for: domains last reported within it
 */
public record CommunityDomains(List<DomainReports> domains, List<DomainReports> spoofedOfficial, int minReporters,
        int days) {
}
