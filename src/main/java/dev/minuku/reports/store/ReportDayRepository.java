package dev.minuku.reports.store;

import dev.minuku.reports.ReportDay;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reports per day, kept with each report, for the community page's chart. */
@ApplicationScoped
public class ReportDayRepository implements PanacheRepositoryBase<ReportDay, ReportDay.Key> {

    public ReportDay lockOrCreate(LocalDate day, String kind) {
        getEntityManager().createNativeQuery("insert into report_day (day, kind) values (:day, :kind) on conflict do nothing")
                .setParameter("day", day).setParameter("kind", kind).executeUpdate();
        ReportDay.Key key = new ReportDay.Key();
        key.day = day;
        key.kind = kind;
        return findById(key, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ReportDay> since(LocalDate first, String kind) {
        return list("day >= ?1 and kind = ?2", Sort.ascending("day"), first, kind);
    }

    /** After a purge: days before {@code day} are gone, and {@code day} itself is recounted from what remains. */
    public void purgeBefore(LocalDate day, Instant dayStart, Instant dayEnd) {
        delete("day < ?1", day);
        getEntityManager().createNativeQuery("""
                update report_day d set reports = (select count(*) from report r
                                                    where r.kind = d.kind and r.created_at >= :start and r.created_at < :end)
                 where d.day = :day""")
                .setParameter("start", dayStart).setParameter("end", dayEnd).setParameter("day", day).executeUpdate();
        delete("day = ?1 and reports = 0", day);
    }
}
