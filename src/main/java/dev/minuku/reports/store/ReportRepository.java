package dev.minuku.reports.store;

import dev.minuku.reports.Report;
import dev.minuku.reports.service.NewReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The raw reports. Inserts go through SQL so that a repeated report is absorbed by the unique key, not by a race. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** Advisory lock shared by report transactions and taken alone by the purge, so a purge never sees half a report. */
    static final long PURGE_LOCK = 0x6d696e756b75L;

    /** Lets reports run side by side while keeping the purge out until this transaction ends. */
    public void keepPurgeOut() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock_shared(:k)")
                .setParameter("k", PURGE_LOCK).getSingleResult();
    }

    /** Waits until no report transaction runs and keeps new ones waiting until this transaction ends. */
    public void keepReportsOut() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:k)")
                .setParameter("k", PURGE_LOCK).getSingleResult();
    }

    /** Stores the report unless the same reporter already reported the same message; true when stored. */
    public boolean insertIfNew(NewReport r) {
        return getEntityManager().createNativeQuery("""
                insert into report (id, message_key, reporter_hash, kind, sender_address, sender_domain,
                                    subject, link_hosts, link_domains, client_version, created_at)
                values (:id, :key, :reporter, :kind, :address, :domain, :subject, :hosts, :linkDomains,
                        nullif(:client, ''), :createdAt)
                on conflict (message_key) do nothing""")
                .setParameter("id", r.id())
                .setParameter("key", r.messageKey())
                .setParameter("reporter", r.reporterHash())
                .setParameter("kind", r.kind())
                .setParameter("address", r.senderAddress())
                .setParameter("domain", r.senderDomain())
                .setParameter("subject", r.subject())
                .setParameter("hosts", String.join(" ", r.linkHosts()))
                .setParameter("linkDomains", String.join(" ", r.linkDomains()))
                .setParameter("client", r.clientVersion() == null ? "" : r.clientVersion())
                .setParameter("createdAt", r.createdAt())
                .executeUpdate() == 1;
    }

    public Optional<Report> findByMessageKey(String messageKey) {
        return find("messageKey", messageKey).firstResultOptional();
    }

    /** The oldest reports created before the cutoff, at most {@code limit}. */
    public List<Report> olderThan(Instant cutoff, int limit) {
        return find("createdAt < ?1 order by createdAt", cutoff).page(0, limit).list();
    }

    public long deleteByIds(List<UUID> ids) {
        return delete("id in ?1", ids);
    }
}
