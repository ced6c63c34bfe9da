package dev.minuku.analysis;

import dev.minuku.analysis.AnalysisResult.ExplainedFinding;
import dev.minuku.analysis.AnalysisResult.LinkStatus;
import dev.minuku.analysis.AnalysisResult.LinkView;
import dev.minuku.analysis.AnalysisResult.SenderStatus;
import dev.minuku.analysis.AnalysisResult.SenderView;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandClaim;
import dev.minuku.brands.BrandClaimDetector;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.DomainNames;
import dev.minuku.domains.FreemailProviders;
import dev.minuku.text.MatchText;
import dev.minuku.text.NoticeClassifier;
import dev.minuku.text.NoticeKind;
import dev.minuku.text.NoticeProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The detection engine: a plain library that knows nothing of HTTP or the
 * database. It prepares the context once, runs every rule under a guard,
 * scores the findings and explains them in the reader's language.
 */
public final class Analyzer {

    public static final String ENGINE_VERSION = "minuku-engine/0.1.0";
    /** Links analyzed per email at most (anchors plus URLs in the text). */
    public static final int DEFAULT_MAX_LINKS = 1000;

    private final BrandRegistry brands;
    private final List<Rule> rules;
    private final ScoringPolicy scoring;
    private final Explainer explainer;
    private final BrandClaimDetector claims;
    private final NoticeClassifier notices;
    private final LinkCollector linkCollector;
    private final Map<Verdict, List<String>> adviceJa;
    private final Map<Verdict, List<String>> adviceEn;

    public Analyzer(BrandRegistry brands, List<Rule> rules, ScoringPolicy scoring) {
        this.brands = brands;
        this.rules = List.copyOf(rules);
        this.scoring = scoring;
        this.explainer = new Explainer(brands);
        this.claims = new BrandClaimDetector(brands);
        this.notices = new NoticeClassifier();
        this.linkCollector = new LinkCollector(DEFAULT_MAX_LINKS);
        this.adviceJa = adviceIn(Explainer.JAPANESE);
        this.adviceEn = adviceIn(Explainer.ENGLISH);
    }

    /** The engine with the shipped registry, rules and scoring. */
    public static Analyzer withDefaults() {
        BrandRegistry registry = BrandRegistry.loadDefault();
        return new Analyzer(registry, DefaultRules.create(registry), ScoringPolicy.loadDefault());
    }

    public BrandRegistry brands() {
        return brands;
    }

    public Explainer explainer() {
        return explainer;
    }

    public AnalysisResult analyze(EmailMessage message, Locale locale) {
        return analyze(message, locale, CommunityLookup.NONE);
    }

    public AnalysisResult analyze(EmailMessage message, Locale locale, CommunityLookup community) {
        AnalysisContext ctx = prepare(message, community);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                List<Finding> found = rule.evaluate(ctx);
                if (found != null) {
                    for (Finding f : found) {
                        if (f != null) {
                            findings.add(f);
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // One broken rule must not break the scan (Rspamd runs checks under pcall).
                findings.add(Finding.of(Signal.ENGINE_RULE_ERROR, rule.id()));
            }
        }
        if (!ctx.communityAvailable()) {
            findings.add(Finding.builder(Signal.COMMUNITY_UNAVAILABLE).build());
        }
        return explain(ctx, findings, Explainer.supported(locale));
    }

    AnalysisContext prepare(EmailMessage message, CommunityLookup community) {
        MatchText text = MatchText.of(message);
        Optional<BrandClaim> claim = claims.detect(message, text);
        SenderAddress sender = SenderAddress.parse(message.from().address());
        List<AnalyzedLink> links = linkCollector.collect(message);
        NoticeProfile notice = notices.classify(text);
        Set<String> domains = new LinkedHashSet<>();
        if (sender.valid()) {
            domains.add(sender.registrableDomain());
        }
        for (AnalyzedLink l : links) {
            if (l.target().hasHost() && !l.target().ipHost()) {
                domains.add(DomainNames.registrableDomain(l.target().host()));
            }
        }
        Map<String, Integer> reports = Map.of();
        boolean available = true;
        if (!domains.isEmpty()) {
            try {
                reports = community.reportersByDomain(domains);
            } catch (CommunityLookup.CommunityUnavailableException | RuntimeException e) {
                available = false;
            }
        }
        return new AnalysisContext(message, brands, text, claim, sender, links, notice,
                reports == null ? Map.of() : reports, available, community.findingThreshold());
    }

    private AnalysisResult explain(AnalysisContext ctx, List<Finding> findings, Locale locale) {
        ScoringPolicy.Score score = scoring.score(findings);
        findings.sort(Comparator.comparingDouble((Finding f) -> -Math.abs(scoring.contribution(f)))
                .thenComparing(f -> f.signal().ordinal()));
        List<ExplainedFinding> explained = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            explained.add(new ExplainedFinding(f.signal().code(), f.signal().severity().wireName(),
                    scoring.weight(f.signal()), explainer.explain(f, locale), f.evidence(), f));
        }
        explained = Collections.unmodifiableList(explained);
        Brand brand = ctx.claim().map(BrandClaim::brand)
                .or(() -> ctx.sender().valid() ? brands.officialSenderOf(ctx.sender().domain()) : Optional.empty())
                .orElse(null);
        return new AnalysisResult(score.verdict(), score.score(), score.danger(),
                category(ctx, findings, score.verdict()), brand, senderView(ctx, findings),
                linkViews(ctx, findings), explained, keyPoints(explained, score.verdict(), locale),
                advice(score.verdict(), locale), ctx.communityAvailable(), ENGINE_VERSION);
    }

    private SenderView senderView(AnalysisContext ctx, List<Finding> findings) {
        SenderAddress s = ctx.sender();
        SenderStatus status;
        if (!s.valid()) {
            status = SenderStatus.UNKNOWN;
        } else if (brands.officialSenderOf(s.domain()).isPresent()) {
            status = SenderStatus.OFFICIAL;
        } else if (hasSignal(findings, Signal.SENDER_LOOKALIKE_DOMAIN)) {
            status = SenderStatus.LOOKALIKE;
        } else if (FreemailProviders.isFreemail(s.registrableDomain())
                || brands.usesOf(s.domain()).contains(BrandRegistry.USE_USER_MAIL)) {
            status = SenderStatus.FREEMAIL;
        } else if (hasSignal(findings, Signal.SENDER_BRAND_MISMATCH) || hasSignal(findings, Signal.SENDER_UNRELATED_TO_NOTICE)) {
            status = SenderStatus.UNRELATED;
        } else {
            status = SenderStatus.UNKNOWN;
        }
        int reports = s.valid() ? ctx.community().getOrDefault(s.registrableDomain(), 0) : 0;
        return new SenderView(s.address(), s.domain(), s.registrableDomain(), status, reports);
    }

    private List<LinkView> linkViews(AnalysisContext ctx, List<Finding> findings) {
        List<LinkView> views = new ArrayList<>(ctx.links().size());
        // Grouped once: filtering all findings per link would be links × findings (500 × 1,500 at the limits).
        // Plain loops rather than streams: four streams per link were most of the cost of explaining a mail.
        Map<Integer, List<Finding>> byLink = new HashMap<>();
        for (Finding f : findings) {
            if (f.linkIndex() >= 0) {
                byLink.computeIfAbsent(f.linkIndex(), i -> new ArrayList<>()).add(f);
            }
        }
        for (AnalyzedLink l : ctx.links()) {
            List<Finding> own = byLink.getOrDefault(l.index(), List.of());
            String host = l.target().host();
            String registrable = host == null ? null : DomainNames.registrableDomain(host);
            LinkStatus status;
            boolean worrying = false;
            boolean lookalike = false;
            List<String> codes = new ArrayList<>(own.size());
            for (Finding f : own) {
                Severity severity = f.signal().severity();
                worrying |= severity == Severity.HIGH || severity == Severity.MEDIUM;
                lookalike |= f.signal() == Signal.LINK_LOOKALIKE_DOMAIN;
                if (!codes.contains(f.signal().code())) {
                    codes.add(f.signal().code());
                }
            }
            if (lookalike) {
                status = LinkStatus.LOOKALIKE;
            } else if (worrying) {
                status = LinkStatus.SUSPICIOUS;
            } else if (host != null && brands.officialLinkOf(host).isPresent()) {
                status = LinkStatus.OFFICIAL;
            } else {
                status = LinkStatus.UNRELATED;
            }
            views.add(new LinkView(l.href(), l.text(), host, registrable, status, List.copyOf(codes)));
        }
        return views;
    }

    private static Category category(AnalysisContext ctx, List<Finding> findings, Verdict verdict) {
        if (hasSignal(findings, Signal.CONTENT_GENERIC_NOTICE) && verdict != Verdict.SAFE) {
            return Category.GENERIC_NOTICE;
        }
        for (NoticeKind kind : ctx.notice().kinds()) {
            switch (kind) {
                case ACCOUNT_SUSPENSION: return Category.ACCOUNT_SUSPENSION;
                case PAYMENT_FAILURE: return Category.PAYMENT_FAILURE;
                case DELIVERY_FAILURE: return Category.DELIVERY_FAILURE;
                case PRIZE_OR_REFUND: return Category.PRIZE_OR_REFUND;
                case CREDENTIAL_VERIFICATION, SECURITY_ALERT: return Category.CREDENTIAL_VERIFICATION;
                default: break;
            }
        }
        if (verdict == Verdict.SAFE) {
            return Category.NONE;
        }
        boolean impersonation = findings.stream().anyMatch(f -> f.signal() == Signal.SENDER_BRAND_MISMATCH
                || f.signal() == Signal.SENDER_LOOKALIKE_DOMAIN || f.signal() == Signal.IDENTITY_BRAND_OBFUSCATED
                || f.signal() == Signal.LINK_LOOKALIKE_DOMAIN);
        return impersonation ? Category.IMPERSONATION : Category.OTHER;
    }

    private List<String> keyPoints(List<ExplainedFinding> explained, Verdict verdict, Locale locale) {
        List<String> points = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        if (verdict == Verdict.SAFE) {
            explained.stream().filter(f -> f.finding().signal().group() == SignalGroup.REASSURANCE)
                    .limit(2).forEach(f -> points.add(f.message()));
            if (points.isEmpty()) {
                points.add(explainer.text("verdict.SAFE", locale));
            }
            return points;
        }
        for (ExplainedFinding f : explained) {
            if (f.weight() > 0 && f.finding().confidence() > 0 && codes.add(f.code())) {
                points.add(f.message());
                if (points.size() == 3) {
                    break;
                }
            }
        }
        return points;
    }

    private List<String> advice(Verdict verdict, Locale locale) {
        return (locale == Explainer.ENGLISH ? adviceEn : adviceJa).get(verdict);
    }

    /** The advice for each verdict in one language: the same texts for every mail, so read once. */
    private Map<Verdict, List<String>> adviceIn(Locale locale) {
        Map<Verdict, List<String>> out = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            List<String> keys = switch (verdict) {
                case SCAM -> List.of("advice.scam.no-click", "advice.official-app", "advice.scam.report", "advice.entered-data");
                case SUSPICIOUS -> List.of("advice.suspicious.check", "advice.scam.no-click", "advice.official-app");
                case SAFE -> List.of("advice.safe.stay-careful");
            };
            out.put(verdict, keys.stream().map(k -> explainer.text(k, locale)).toList());
        }
        return out;
    }

    private static boolean hasSignal(List<Finding> findings, Signal signal) {
        for (Finding f : findings) {
            if (f.signal() == signal) {
                return true;
            }
        }
        return false;
    }
}
