package dev.minuku.reports.store;

import dev.minuku.reports.Report;
import dev.minuku.reports.ReportDay;
import dev.minuku.reports.service.NewReport;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The raw reports. Inserts go through SQL so that a repeated report is absorbed by the unique key, not by a race. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** Advisory lock shared by report transactions and taken alone by the purge, so a purge never sees half a report. */
    static final long PURGE_LOCK = 0x6d696e756b75L;

    @Inject
    AgroalDataSource dataSource;

    /** Waits until no report transaction runs and keeps new ones waiting until this transaction ends. */
    public void keepReportsOut() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:k)")
                .setParameter("k", PURGE_LOCK).getSingleResult();
    }

    /**
     * What {@link #storeAndCount} counted for the sender's domain.
     *
     * @param reporters        distinct scam reporters of the sender domain, after this report
     * @param notScamReporters distinct "not a scam" reporters of it
     * @param officialFor      the brand whose official domain it is, or null
     */
    public record Counted(int reporters, int notScamReporters, String officialFor) {
    }

    /**
     * Stores a new report and counts it, in one statement: the report row (unless the
     * message key exists: then nothing at all happens and the answer is empty), its
     * reporter per counted domain, each domain's counter and the day's count. The
     * shared advisory lock keeps the purge out first; counters are upserted in domain
     * order. One round trip instead of a dozen through the ORM: the difference between
     * about 300 and over 1,000 reports per second on the benchmark machine.
     * <p>
     * The statement runs in autocommit, by plain JDBC: being one statement, it is its
     * own transaction, all or nothing, and its advisory lock lasts as long as it does.
     * A JTA transaction around it added a COMMIT round trip, and Hibernate's native
     * query machinery more time than the driver's (docs/performance.md).
     *
     * @param domains     the counted domains (sender and link domains), sorted
     * @param officialFor each domain's brand when it is an official domain
     * @param sample      the subject as shown among a domain's samples ("" for none)
     * @param day         the day the report counts for, in the configured zone
     */
    public Optional<Counted> storeAndCount(NewReport r, Collection<String> domains, Map<String, String> officialFor,
            String sample, LocalDate day) throws SQLException {
        List<String> officials = domains.stream().map(d -> officialFor.getOrDefault(d, NO_BRAND)).toList();
        Map<String, Object> values = new HashMap<>();
        values.put("lock", PURGE_LOCK);
        values.put("id", r.id());
        values.put("key", r.messageKey());
        values.put("reporter", r.reporterHash());
        values.put("kind", r.kind());
        values.put("address", r.senderAddress());
        values.put("senderDomain", r.senderDomain());
        values.put("subject", r.subject());
        values.put("hosts", String.join(" ", r.linkHosts()));
        values.put("linkDomains", String.join(" ", r.linkDomains()));
        values.put("client", r.clientVersion() == null ? "" : r.clientVersion());
        values.put("createdAt", r.createdAt().atOffset(ZoneOffset.UTC));
        values.put("domains", String.join(" ", domains));
        values.put("officials", String.join(" ", officials));
        values.put("sample", sample);
        values.put("day", day);
        values.put("slot", (short) ThreadLocalRandom.current().nextInt(ReportDay.SLOTS));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STORE_AND_COUNT.sql())) {
            STORE_AND_COUNT.bind(statement, values);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Counted(rs.getInt(2), rs.getInt(3), rs.getString(4)));
            }
        }
    }

    /** Stands for "no brand" in the space-separated list of brands passed to the statement. */
    private static final String NO_BRAND = "~";

    /**
     * The counting rules of docs/reports.md in SQL: a reporter counts once per domain, kind
     * and role (domain_reporter), "not a scam" apart, first/last seen and the three latest
     * distinct samples only from scam reports of the sender domain. Data-modifying CTEs see
     * each other only through RETURNING, so each step reads the one before from there.
     */
    static final String STORE_AND_COUNT_SQL = """
            with ins as (
                insert into report (id, message_key, reporter_hash, kind, sender_address, sender_domain,
                                    subject, link_hosts, link_domains, client_version, created_at)
                select :id, :key, :reporter, :kind, :address, :senderDomain, :subject, :hosts, :linkDomains,
                       nullif(:client, ''), :createdAt
                  from (select pg_advisory_xact_lock_shared(:lock)) keep_purge_out
                on conflict (message_key) do nothing
                returning id
            ),
            doms as (
                select d.domain, nullif(d.official, '~') as official,
                       d.domain = :senderDomain as as_sender,
                       d.domain = any(string_to_array(:linkDomains, ' ')) as as_link
                  from unnest(string_to_array(:domains, ' '), string_to_array(:officials, ' ')) as d(domain, official)
                 where exists (select 1 from ins)
            ),
            new_reporters as (
                insert into domain_reporter (domain, kind, role, reporter_hash)
                select domain, :kind, 'sender', :reporter from doms where as_sender
                union all
                select domain, 'scam', 'link', :reporter from doms where as_link
                on conflict do nothing
                returning domain, role
            ),
            counted as (
                insert into domain_counter as c (domain, reports, reporters, link_reporters, not_scam_reports,
                                                 not_scam_reporters, first_seen, last_seen, official_for, sample_subjects)
                select d.domain,
                       case when d.as_sender and :kind = 'scam' then 1 else 0 end,
                       case when d.as_sender and :kind = 'scam' and exists (select 1 from new_reporters n
                                 where n.domain = d.domain and n.role = 'sender') then 1 else 0 end,
                       case when exists (select 1 from new_reporters n
                                 where n.domain = d.domain and n.role = 'link') then 1 else 0 end,
                       case when d.as_sender and :kind = 'not-scam' then 1 else 0 end,
                       case when d.as_sender and :kind = 'not-scam' and exists (select 1 from new_reporters n
                                 where n.domain = d.domain and n.role = 'sender') then 1 else 0 end,
                       case when d.as_sender and :kind = 'scam' then cast(:createdAt as timestamptz) end,
                       case when d.as_sender and :kind = 'scam' then cast(:createdAt as timestamptz) end,
                       d.official,
                       case when d.as_sender and :kind = 'scam' then :sample else '' end
                  from doms d
                 order by d.domain
                on conflict (domain) do update set
                       reports = c.reports + excluded.reports,
                       reporters = c.reporters + excluded.reporters,
                       link_reporters = c.link_reporters + excluded.link_reporters,
                       not_scam_reports = c.not_scam_reports + excluded.not_scam_reports,
                       not_scam_reporters = c.not_scam_reporters + excluded.not_scam_reporters,
                       first_seen = least(c.first_seen, excluded.first_seen),
                       last_seen = greatest(c.last_seen, excluded.last_seen),
                       official_for = excluded.official_for,
                       sample_subjects = case
                           when excluded.sample_subjects = ''
                             or excluded.sample_subjects = any(string_to_array(c.sample_subjects, E'\\n'))
                           then c.sample_subjects
                           else array_to_string((array_prepend(excluded.sample_subjects,
                                    string_to_array(c.sample_subjects, E'\\n')))[1:3], E'\\n')
                       end
                returning c.domain, c.reporters, c.not_scam_reporters, c.official_for
            ),
            day as (
                insert into report_day (day, kind, slot, reports)
                select :day, :kind, :slot, 1 where exists (select 1 from ins)
                on conflict (day, kind, slot) do update set reports = report_day.reports + 1
            )
            select cast((select id from ins) as text), s.reporters, s.not_scam_reporters, s.official_for
              from (select 1) one left join counted s on s.domain = :senderDomain""";

    private static final NamedParameters STORE_AND_COUNT = NamedParameters.of(STORE_AND_COUNT_SQL);

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
