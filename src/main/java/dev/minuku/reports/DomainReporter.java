package dev.minuku.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One reporter counted for one domain: the row's existence is what makes a
 * reporter count once per domain, however many messages they report.
 */
@Entity
@Table(name = "domain_reporter")
@IdClass(DomainReporter.Key.class)
public class DomainReporter {

    public static final String SENDER = "sender";
    public static final String LINK = "link";

    @Id
    public String domain;

    @Id
    public String kind;

    /** {@link #SENDER} or {@link #LINK}. */
    @Id
    public String role;

    @Id
    @Column(name = "reporter_hash")
    public String reporterHash;

    public static class Key implements Serializable {
        public String domain;
        public String kind;
        public String role;
        public String reporterHash;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(domain, k.domain) && Objects.equals(kind, k.kind)
                    && Objects.equals(role, k.role) && Objects.equals(reporterHash, k.reporterHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(domain, kind, role, reporterHash);
        }
    }
}
