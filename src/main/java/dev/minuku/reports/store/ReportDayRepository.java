package dev.minuku.reports.store;

import dev.minuku.reports.ReportDay;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reports per day, kept with each report (spread over slots), for the community page's chart. */
@ApplicationScoped
public class ReportDayRepository implements PanacheRepositoryBase<ReportDay, ReportDay.Key> {

    public List<ReportDay> since(LocalDate first, String kind) {
        return list("day >= ?1 and kind = ?2", Sort.ascending("day"), first, kind);
    }

    /** After a purge: days before {@code day} are gone, and {@code day} itself is recounted from what remains. */
    public void purgeBefore(LocalDate day, Instant dayStart, Instant dayEnd) {
        delete("day <= ?1", day);
        getEntityManager().createNativeQuery("""
                insert into report_day (day, kind, slot, reports)
                select :day, r.kind, 0, count(*) from report r
                 where r.created_at >= :start and r.created_at < :end
                 group by r.kind""")
                .setParameter("start", dayStart).setParameter("end", dayEnd).setParameter("day", day).executeUpdate();
    }
}
