package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Behaviour under test: community reports become findings only from the threshold of
// distinct reporters, and an official domain is reported as spoofed, never as a scam domain.
class CommunityRuleTest {

    private static final BrandRegistry REGISTRY = new BrandRegistry(List.of(new Brand("shopbrand", "ショップ", "Shop Brand",
            "ecommerce", List.of("Shop Brand"), List.of("shopbrand"),
            List.of(new Brand.DomainList(List.of("shopbrand.co.jp"), null, "https://shopbrand.co.jp/mail", null)),
            List.of())));
    private static final Analyzer ENGINE = new Analyzer(REGISTRY, List.of(new CommunityRule()), ScoringPolicy.loadDefault());

    private static AnalysisResult analyze(String from, List<String> hrefs, Map<String, Integer> reports) {
        CommunityLookup lookup = domains -> reports;
        List<EmailMessage.LinkInput> links = hrefs.stream().map(h -> new EmailMessage.LinkInput(h, "")).toList();
        return ENGINE.analyze(new EmailMessage(new EmailMessage.Sender("", from), null, null, "お知らせ", "", links, null),
                Locale.ENGLISH, lookup);
    }

    private static List<String> codes(AnalysisResult r) {
        return r.findings().stream().map(AnalysisResult.ExplainedFinding::code).toList();
    }

    @Test
    void senderReportedByEnoughReportersIsAFinding() {
        AnalysisResult r = analyze("billing@milleporte.example.com", List.of(), Map.of("example.com", 3));
        assertEquals(List.of("COMMUNITY_REPORTED_SENDER"), codes(r));
        assertEquals(3, r.sender().communityReports());
        assertTrue(r.findings().get(0).message().contains("3"), r.findings().get(0).message());
        assertTrue(r.findings().get(0).message().contains("example.com"), r.findings().get(0).message());
    }

    @Test
    void senderReportedByTwoReportersMakesTheMailSuspicious() {
        // Nothing else is wrong with this mail: the community finding alone must not read as "safe".
        AnalysisResult r = analyze("billing@two-reports.com", List.of(), Map.of("two-reports.com", 2));
        assertEquals(Verdict.SUSPICIOUS, r.verdict());
    }

    @Test
    void senderReportedByOneReporterIsNoFinding() {
        // One reporter could be anyone with a grudge: below the threshold of two nothing is said.
        AnalysisResult r = analyze("billing@shop-one.com", List.of(), Map.of("shop-one.com", 1));
        assertEquals(List.of(), codes(r));
        assertEquals(1, r.sender().communityReports());
    }

    @Test
    void officialSenderDomainReportedIsSpoofingNotScam() {
        AnalysisResult r = analyze("info@mail.shopbrand.co.jp", List.of(), Map.of("shopbrand.co.jp", 7));
        assertEquals(List.of("COMMUNITY_SPOOFED_OFFICIAL"), codes(r));
        assertFalse(r.has(Signal.COMMUNITY_REPORTED_SENDER));
        String message = r.findings().get(0).message();
        assertTrue(message.contains("Shop Brand") && message.contains("7"), message);
        assertEquals(0, r.findings().get(0).weight());
    }

    @Test
    void linkToADomainReportedAsLinkHostIsAFinding() {
        AnalysisResult r = analyze("a@sender-shop.com", List.of("https://login.trap.example.net/x?id=1"),
                Map.of(CommunityLookup.linkKey("example.net"), 2));
        assertEquals(List.of("COMMUNITY_REPORTED_LINK"), codes(r));
        assertEquals(List.of("COMMUNITY_REPORTED_LINK"), r.links().get(0).findings());
    }

    @Test
    void linkToADomainReportedAsSenderIsAFinding() {
        AnalysisResult r = analyze("a@sender-shop.com", List.of("https://scamshop.example.org/"),
                Map.of("example.org", 4));
        assertEquals(List.of("COMMUNITY_REPORTED_LINK"), codes(r));
    }

    @Test
    void linkToTheBrandsOwnSiteIsNeverAReportedLink() {
        // Scam mails add genuine links to the brand to look real; those reports must not taint the brand's site.
        AnalysisResult r = analyze("a@sender-shop.com", List.of("https://www.shopbrand.co.jp/help"),
                Map.of(CommunityLookup.linkKey("shopbrand.co.jp"), 9, "shopbrand.co.jp", 9));
        assertEquals(List.of(), codes(r));
    }

    @Test
    void linkOnTheReportedSenderDomainIsNotCountedTwice() {
        // The sender finding already speaks for the domain; a second finding would count one fact twice.
        AnalysisResult r = analyze("a@scam-shop.com", List.of("https://scam-shop.com/pay", "https://www.scam-shop.com/"),
                Map.of("scam-shop.com", 3, CommunityLookup.linkKey("scam-shop.com"), 3));
        assertEquals(List.of("COMMUNITY_REPORTED_SENDER"), codes(r));
    }

    @Test
    void unavailableCommunityIsSaidAndNothingElse() {
        CommunityLookup down = domains -> {
            throw new CommunityLookup.CommunityUnavailableException("down", null);
        };
        AnalysisResult r = ENGINE.analyze(new EmailMessage(new EmailMessage.Sender("", "a@scam-shop.com"), null, null,
                "", "", List.of(), null), Locale.ENGLISH, down);
        assertFalse(r.communityAvailable());
        assertEquals(List.of("COMMUNITY_UNAVAILABLE"), codes(r));
    }
}
