package dev.minuku.reports.service;

import dev.minuku.analysis.SenderAddress;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.DomainCounter;
import dev.minuku.reports.Report;
import dev.minuku.reports.ReportsConfig;
import dev.minuku.reports.store.DomainCounterRepository;
import dev.minuku.reports.store.ReportRepository;
import dev.minuku.web.problem.Problem;
import dev.minuku.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes one crowd report: reduces it to what may be stored, applies the rate
 * limits, then stores the report, its distinct reporters and the counters in
 * one statement, which is its own transaction ({@link ReportRepository#storeAndCount}). A
 * repeated report is absorbed by the report's unique key, so any number of
 * identical requests, even in parallel, make one row and one count.
 */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    private static final int ATTEMPTS = 3;

    /** What a reporter sent, after bean validation. */
    public record Submission(String senderAddress, String subject, List<String> hrefs, String reporter, String kind,
            String clientVersion) {
    }

    /**
     * @param id               the report's id (the first one's, for a repeat)
     * @param created          false when the same reporter had already reported this message
     * @param senderDomain     the registrable domain reported
     * @param communityReports distinct reporters of the domain as a scam sender, after this report
     * @param notScamReporters distinct reporters who said mail from it is not a scam
     * @param officialFor      brand id when the domain is official (reports mean spoofing), or null
     */
    public record Stored(UUID id, boolean created, String senderDomain, int communityReports, int notScamReporters,
            String officialFor) {
    }

    private final ReportRepository reports;
    private final DomainCounterRepository counters;
    private final ReporterHasher hasher;
    private final ReportRateLimiter limiter;
    private final BrandRegistry brands;
    private final CommunityCounts lookup;
    private final ReportsConfig config;

    public ReportService(ReportRepository reports, DomainCounterRepository counters, ReporterHasher hasher,
            ReportRateLimiter limiter, BrandRegistry brands, CommunityCounts lookup, ReportsConfig config) {
        this.reports = reports;
        this.counters = counters;
        this.hasher = hasher;
        this.limiter = limiter;
        this.brands = brands;
        this.lookup = lookup;
        this.config = config;
    }

    public Stored submit(Submission s, String clientAddress) {
        SenderAddress sender = SenderAddress.parse(s.senderAddress());
        if (!sender.valid()) {
            throw new ProblemException(Problem.of("validation", "Invalid request", 400,
                    "Some fields are missing or out of range.",
                    List.of(new Problem.FieldError("from.address", "must be an e-mail address with a domain"))));
        }
        String kind = s.kind() == null || s.kind().isBlank() ? Report.SCAM : s.kind();
        String reporterHash = hasher.reporterHash(s.reporter());
        // Refused requests stop here, before anything is read or written.
        limiter.acquire(clientAddress, reporterHash);

        String address = sender.localPart() + "@" + sender.domain();
        String subject = ReportContent.maskSubject(s.subject());
        ReportContent.LinkTargets links = ReportContent.linkTargets(s.hrefs());
        List<String> linkDomains = Report.SCAM.equals(kind) ? links.domains() : List.of();
        String messageKey = hasher.messageKey(reporterHash, kind, address.toLowerCase(Locale.ROOT),
                ReportContent.subjectKey(subject), String.join(" ", new TreeSet<>(links.hosts())));
        NewReport report = new NewReport(UUID.randomUUID(), messageKey, reporterHash, kind, address,
                sender.registrableDomain(), subject, links.hosts(), linkDomains, s.clientVersion(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));

        Stored stored = store(report);
        if (stored.created()) {
            lookup.forget(countedDomains(report));
        }
        return stored;
    }

    private Stored store(NewReport report) {
        for (int attempt = 1; ; attempt++) {
            try {
                return storeOnce(report);
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && StoreFailures.retryable(e)) {
                    continue;
                }
                throw unavailable(e);
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && StoreFailures.retryable(e)) {
                    continue;
                }
                if (StoreFailures.fromStore(e)) {
                    throw unavailable(e);
                }
                throw e;
            }
        }
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("report not stored: %s", rootCause(e).getClass().getSimpleName());
        return StoreFailures.unavailable();
    }

    /**
     * Stores and counts the report in one statement, which is its own transaction
     * ({@link ReportRepository#storeAndCount}); a repeat is answered from the first
     * report, read in a transaction of its own.
     */
    Stored storeOnce(NewReport r) throws SQLException {
        Set<String> domains = countedDomains(r);
        Map<String, String> official = new HashMap<>();
        for (String d : domains) {
            officialFor(d).ifPresent(brand -> official.put(d, brand));
        }
        Optional<ReportRepository.Counted> counted = reports.storeAndCount(r, domains, official,
                ReportContent.truncate(r.subject(), 200), LocalDate.ofInstant(r.createdAt(), config.dayZone()));
        if (counted.isPresent()) {
            ReportRepository.Counted c = counted.get();
            return new Stored(r.id(), true, r.senderDomain(), c.reporters(), c.notScamReporters(), c.officialFor());
        }
        return QuarkusTransaction.requiringNew().call(() -> firstReport(r));
    }

    /** The same reporter already reported this message: the answer is the first report. */
    private Stored firstReport(NewReport r) {
        Report first = reports.findByMessageKey(r.messageKey())
                .orElseThrow(() -> new IllegalStateException("report key conflict without a report"));
        DomainCounter counter = counters.findById(first.senderDomain);
        return new Stored(first.id, false, first.senderDomain, counter == null ? 0 : counter.reporters,
                counter == null ? 0 : counter.notScamReporters, officialFor(first.senderDomain).orElse(null));
    }

    /** The sender's domain and the link domains counted, sorted. */
    static Set<String> countedDomains(NewReport r) {
        Set<String> domains = new TreeSet<>(r.linkDomains());
        domains.add(r.senderDomain());
        return domains;
    }

    Optional<String> officialFor(String domain) {
        return brands.ownerOf(domain).map(Brand::id);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
