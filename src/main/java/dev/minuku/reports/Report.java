package dev.minuku.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One crowd report as stored: what identifies the scam, nothing that identifies
 * the person. The reporter is a keyed hash, the subject has addresses masked,
 * links are hosts only; the body and the recipient never reach the database.
 */
@Entity
@Table(name = "report")
public class Report {

    public static final String SCAM = "scam";
    public static final String NOT_SCAM = "not-scam";

    @Id
    public UUID id;

    /** Keyed hash of reporter, kind, sender, subject and link hosts: one report per reporter and message. */
    @Column(name = "message_key", nullable = false, unique = true, length = 64)
    public String messageKey;

    @Column(name = "reporter_hash", nullable = false, length = 64)
    public String reporterHash;

    @Column(nullable = false, length = 8)
    public String kind;

    @Column(name = "sender_address", nullable = false, length = 320)
    public String senderAddress;

    @Column(name = "sender_domain", nullable = false, length = 253)
    public String senderDomain;

    @Column(nullable = false, length = 1000)
    public String subject;

    /** Hosts of the links, space separated. */
    @Column(name = "link_hosts", nullable = false)
    public String linkHosts;

    /** Registrable domains of the links that were counted, space separated. */
    @Column(name = "link_domains", nullable = false)
    public String linkDomains;

    @Column(name = "client_version", length = 64)
    public String clientVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
