package dev.minuku.reports.store;

import dev.minuku.reports.DomainCounter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Per-domain counts. Every read of the API comes from here; nothing groups the
 * raw report table on a request.
 */
@ApplicationScoped
public class DomainCounterRepository implements PanacheRepositoryBase<DomainCounter, String> {

    private static final String COLUMNS = "domain, reports, reporters, link_reporters, not_scam_reports,"
            + " not_scam_reporters, first_seen, last_seen, official_for, sample_subjects";

    /**
     * The community list and, apart, the official domains that scammers were
     * reported to forge (kept out of the list): one statement, one round trip.
     * Public so a test can EXPLAIN exactly what the API runs.
     */
    public static final String LIST_SQL = """
            (select %1$s from domain_counter
              where official_for is null and reporters >= :minReporters and last_seen >= :since
              order by reporters desc, last_seen desc, domain
              limit :limit)
            union all
            (select %1$s from domain_counter
              where official_for is not null and reporters >= :minReporters and last_seen >= :since
              order by reporters desc, last_seen desc, domain
              limit :limit)""".formatted(COLUMNS);

    private static final NamedParameters LIST = NamedParameters.of(LIST_SQL);

    @Inject
    AgroalDataSource dataSource;

    /**
     * Up to {@code limit} listed domains, then up to {@code limit} spoofed official
     * ones, each most reporters first, as rows that nothing tracks.
     * <p>
     * One statement in autocommit, read by plain JDBC: no transaction to begin
     * and commit and no entity loading around it. Those were most of the time of
     * a list the cache could not answer (docs/performance.md).
     */
    public List<DomainCounter> listedAndSpoofed(int minReporters, Instant since, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LIST.sql())) {
            LIST.bind(statement, Map.of("minReporters", minReporters, "since", since.atOffset(ZoneOffset.UTC),
                    "limit", limit));
            List<DomainCounter> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static DomainCounter row(ResultSet rs) throws SQLException {
        DomainCounter c = new DomainCounter();
        c.domain = rs.getString(1);
        c.reports = rs.getInt(2);
        c.reporters = rs.getInt(3);
        c.linkReporters = rs.getInt(4);
        c.notScamReports = rs.getInt(5);
        c.notScamReporters = rs.getInt(6);
        c.firstSeen = instant(rs.getObject(7, OffsetDateTime.class));
        c.lastSeen = instant(rs.getObject(8, OffsetDateTime.class));
        c.officialFor = rs.getString(9);
        c.sampleSubjects = rs.getString(10);
        return c;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** Counter rows of these domains, by primary key, within the given time. */
    public List<DomainCounter> forDomains(Collection<String> domains, Duration timeout) {
        return find("domain in ?1", domains)
                .withHint("jakarta.persistence.query.timeout", (int) Math.max(1, timeout.toMillis()))
                .list();
    }

    /** Recounts these domains from the reports and reporter sets that remain, and drops rows left with nothing. */
    public void recount(Collection<String> domains) {
        String list = String.join(" ", domains);
        getEntityManager().createNativeQuery("""
                update domain_counter c set
                  reports = (select count(*) from report r where r.sender_domain = c.domain and r.kind = 'scam'),
                  not_scam_reports = (select count(*) from report r where r.sender_domain = c.domain and r.kind = 'not-scam'),
                  reporters = (select count(*) from domain_reporter x
                                where x.domain = c.domain and x.kind = 'scam' and x.role = 'sender'),
                  not_scam_reporters = (select count(*) from domain_reporter x
                                where x.domain = c.domain and x.kind = 'not-scam' and x.role = 'sender'),
                  link_reporters = (select count(*) from domain_reporter x
                                where x.domain = c.domain and x.kind = 'scam' and x.role = 'link'),
                  first_seen = (select min(r.created_at) from report r where r.sender_domain = c.domain and r.kind = 'scam'),
                  last_seen = (select max(r.created_at) from report r where r.sender_domain = c.domain and r.kind = 'scam'),
                  sample_subjects = coalesce((
                      select string_agg(s.subject, E'\\n' order by s.latest desc)
                        from (select r.subject, max(r.created_at) as latest from report r
                               where r.sender_domain = c.domain and r.kind = 'scam' and r.subject <> ''
                               group by r.subject order by latest desc limit 3) s), '')
                where c.domain = any(string_to_array(:domains, ' '))""")
                .setParameter("domains", list).executeUpdate();
        getEntityManager().createNativeQuery("""
                delete from domain_counter
                 where domain = any(string_to_array(:domains, ' '))
                   and reports = 0 and not_scam_reports = 0 and link_reporters = 0""")
                .setParameter("domains", list).executeUpdate();
    }

    /** One page of (domain, official_for) after {@code after}, for refreshing official marks. */
    @SuppressWarnings("unchecked")
    public List<Object[]> officialMarks(String after, int limit) {
        return getEntityManager().createNativeQuery("""
                select domain, coalesce(official_for, '') from domain_counter
                 where domain > :after order by domain limit :limit""")
                .setParameter("after", after).setParameter("limit", limit).getResultList();
    }

    public void markOfficial(Map<String, String> officialFor) {
        officialFor.forEach((domain, brand) -> update("officialFor = ?1 where domain = ?2",
                brand == null || brand.isEmpty() ? null : brand, domain));
    }
}
