package dev.minuku.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Part of the reports received on one day (in the configured zone), for the
 * community page's chart: a day's count is spread over {@link #SLOTS} rows so
 * that concurrent reports do not all wait on one row lock; the day's count is their sum.
 */
@Entity
@Table(name = "report_day")
@IdClass(ReportDay.Key.class)
public class ReportDay {

    @Id
    public LocalDate day;

    @Id
    public String kind;

    @Id
    public short slot;

    public int reports;

    /** Rows per day and kind; a report adds to one of them. */
    public static final int SLOTS = 32;

    public static class Key implements Serializable {
        public LocalDate day;
        public String kind;
        public short slot;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(day, k.day) && Objects.equals(kind, k.kind) && slot == k.slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, kind, slot);
        }
    }
}
