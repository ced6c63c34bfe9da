package dev.minuku.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Reports received on one day (in the configured zone), for the community page's chart. */
@Entity
@Table(name = "report_day")
@IdClass(ReportDay.Key.class)
public class ReportDay {

    @Id
    public LocalDate day;

    @Id
    public String kind;

    public int reports;

    public static class Key implements Serializable {
        public LocalDate day;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(day, k.day) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, kind);
        }
    }
}
