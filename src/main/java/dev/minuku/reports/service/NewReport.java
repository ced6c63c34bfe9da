package dev.minuku.reports.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report ready to store: already reduced to what may be kept (hashes, masked
 * subject, hosts) and validated.
 *
 * @param id            the id it gets if it is new
 * @param messageKey    keyed hash identifying reporter + message + kind (idempotency)
 * @param reporterHash  keyed hash of the reporter id
 * @param kind          {@code scam} or {@code not-scam}
 * @param senderAddress the sender address, domain in lower-case ASCII
 * @param senderDomain  its registrable domain
 * @param subject       the subject with e-mail addresses masked, whitespace collapsed
 * @param linkHosts     distinct link hosts (no paths, no queries)
 * @param linkDomains   distinct registrable domains of the links, counted as link reports
 * @param clientVersion the reporting client's version, or null
 * @param createdAt     when it was received (microseconds, as the database keeps it)
 */
public record NewReport(
        UUID id,
        String messageKey,
        String reporterHash,
        String kind,
        String senderAddress,
        String senderDomain,
        String subject,
        List<String> linkHosts,
        List<String> linkDomains,
        String clientVersion,
        Instant createdAt) {

    public boolean scam() {
        return dev.minuku.reports.Report.SCAM.equals(kind);
    }
}
