package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.domains.DomainNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the community reported about the sender's domain and the domains the
 * links lead to. Crowd reports can be gamed, so a domain counts only from the
 * configured number of distinct reporters, and a brand's official domain is
 * never called a scam domain: reports on it mean scammers forge it, which is
 * said instead (COMMUNITY_SPOOFED_OFFICIAL, no weight) and official link hosts
 * are left alone.
 */
final class CommunityRule implements Rule {

    @Override
    public String id() {
        return "community";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        Map<String, Integer> community = ctx.community();
        if (community == null || community.isEmpty()) {
            return List.of();
        }
        int threshold = Math.max(1, ctx.communityThreshold());
        List<Finding> findings = new ArrayList<>();
        String senderFinding = null;
        SenderAddress sender = ctx.sender();
        if (sender.valid()) {
            String domain = sender.registrableDomain();
            int reporters = community.getOrDefault(domain, 0);
            if (reporters >= threshold) {
                Optional<Brand> owner = ctx.brands().ownerOf(sender.domain())
                        .or(() -> ctx.brands().ownerOf(domain));
                if (owner.isPresent()) {
                    findings.add(Finding.builder(Signal.COMMUNITY_SPOOFED_OFFICIAL)
                            .evidence(domain)
                            .arg("domain", domain)
                            .arg("brand", owner.get().id())
                            .arg("count", Integer.toString(reporters))
                            .build());
                } else {
                    findings.add(Finding.builder(Signal.COMMUNITY_REPORTED_SENDER)
                            .confidence(confidence(reporters, threshold))
                            .evidence(domain)
                            .arg("domain", domain)
                            .arg("count", Integer.toString(reporters))
                            .build());
                }
                senderFinding = domain;
            }
        }
        Set<String> seen = new HashSet<>();
        for (AnalyzedLink link : ctx.links()) {
            String host = link.target().host();
            if (!link.target().hasHost() || link.target().ipHost()) {
                continue;
            }
            String domain = DomainNames.registrableDomain(host);
            // One finding per domain; the sender finding already speaks for the sender's own domain.
            if (domain == null || domain.equals(senderFinding) || !seen.add(domain)) {
                continue;
            }
            // Scams link to the real brand to look genuine: reports cannot make its site a scam site.
            if (ctx.brands().ownerOf(host).isPresent() || ctx.brands().ownerOf(domain).isPresent()) {
                continue;
            }
            int reporters = Math.max(community.getOrDefault(domain, 0),
                    community.getOrDefault(CommunityLookup.linkKey(domain), 0));
            if (reporters >= threshold) {
                findings.add(Finding.builder(Signal.COMMUNITY_REPORTED_LINK)
                        .confidence(confidence(reporters, threshold))
                        .evidence(domain)
                        .arg("domain", domain)
                        .arg("count", Integer.toString(reporters))
                        .link(link.index())
                        .build());
            }
        }
        return findings;
    }

    /**
     * Reaching the threshold is a warning sign on its own (the mail should read at least as
     * suspicious), yet a few reporters could be one person with several browsers, so full
     * confidence comes only with two reporters more.
     */
    static double confidence(int reporters, int threshold) {
        return Math.min(1.0, 0.9 + 0.05 * (reporters - threshold));
    }
}
