package dev.minuku.reports.store;

import dev.minuku.reports.DomainReporter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/** Which reporters counted for which domain: the set behind every "distinct reporters" number. */
@ApplicationScoped
public class DomainReporterRepository implements PanacheRepositoryBase<DomainReporter, DomainReporter.Key> {

    /** Rebuilds the reporter sets of these domains from the reports that remain (after a purge). */
    public void rebuild(Collection<String> domains) {
        String list = String.join(" ", domains);
        getEntityManager().createNativeQuery("delete from domain_reporter where domain = any(string_to_array(:domains, ' '))")
                .setParameter("domains", list).executeUpdate();
        getEntityManager().createNativeQuery("""
                insert into domain_reporter (domain, kind, role, reporter_hash)
                select distinct r.sender_domain, r.kind, 'sender', r.reporter_hash
                  from report r
                 where r.sender_domain = any(string_to_array(:domains, ' '))
                union
                select distinct d.domain, r.kind, 'link', r.reporter_hash
                  from report r
                  cross join lateral unnest(string_to_array(r.link_domains, ' ')) as d(domain)
                 where r.kind = 'scam'
                   and string_to_array(r.link_domains, ' ') && string_to_array(:domains, ' ')
                   and d.domain = any(string_to_array(:domains, ' '))
                on conflict do nothing""")
                .setParameter("domains", list).executeUpdate();
    }
}
