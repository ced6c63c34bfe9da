package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// PolicyRule applies what brands publish about their own mail: no links at all,
// link domains that never end in certain TLDs, and go.jp/lg.jp for government.
class PolicyRuleTest {

    private static final BrandRegistry BRANDS = new BrandRegistry(List.of(
            new Brand("etax", "e-Tax", "e-Tax", "government", List.of("e-Tax"), List.of("etax"),
                    List.of(new Brand.DomainList(List.of("e-tax.nta.go.jp"), List.of("mail", "links"), "https://www.e-tax.nta.go.jp/", null)),
                    List.of(new Brand.Policy("no-links", List.of(), "https://www.e-tax.nta.go.jp/topics/topics_20220815.htm", null))),
            new Brand("post", "日本郵便", "Japan Post", "delivery", List.of("日本郵便"), List.of("japanpost"),
                    List.of(new Brand.DomainList(List.of("post.japanpost.jp"), List.of("mail", "links"), "https://www.post.japanpost.jp/", null)),
                    List.of(new Brand.Policy("forbidden-link-tlds", List.of("com", "net", "top"),
                            "https://www.post.japanpost.jp/notification/notice/fraud-mail.html", null))),
            new Brand("shop", "ショップ", "Shop", "ecommerce", List.of("ExampleShop"), List.of("exampleshop"),
                    List.of(new Brand.DomainList(List.of("exampleshop.co.jp"), List.of("mail", "links"), "https://exampleshop.co.jp/", null)),
                    List.of())));
    private static final Analyzer ANALYZER = new Analyzer(BRANDS, List.of(), ScoringPolicy.loadDefault());

    private static List<Signal> run(String fromName, String from, String... hrefs) {
        List<EmailMessage.LinkInput> links = java.util.Arrays.stream(hrefs).map(h -> new EmailMessage.LinkInput(h, "x")).toList();
        EmailMessage m = new EmailMessage(new EmailMessage.Sender(fromName, from), null, null, "", "", links, Map.of());
        return new PolicyRule().evaluate(ANALYZER.prepare(m, CommunityLookup.NONE)).stream().map(Finding::signal).toList();
    }

    @Test
    void aClaimedETaxMailWithALinkBreaksItsNoLinksPolicy() {
        assertTrue(run("e-Tax", "info@e-tax.nta.go.jp", "https://etax-refund.example.top/").contains(Signal.POLICY_NO_LINKS));
    }

    @Test
    void aClaimedETaxMailWithoutLinksIsFine() {
        assertEquals(List.of(), run("e-Tax", "info@e-tax.nta.go.jp"));
    }

    @Test
    void aMailtoLinkIsNotAWebLink() {
        // Writing to an address is not visiting a page; the policy is about pages.
        assertEquals(List.of(), run("e-Tax", "info@e-tax.nta.go.jp", "mailto:info@e-tax.nta.go.jp"));
    }

    @Test
    void aGovernmentClaimLinkingOutsideGoJpIsNamed() {
        assertTrue(run("e-Tax", "x@example.com", "https://nta-go-jp.example.cn/").contains(Signal.POLICY_GOVERNMENT_DOMAIN));
    }

    @Test
    void aGovernmentClaimLinkingToAnyGoJpHostIsNotAGovernmentDomainFinding() {
        assertTrue(!run("e-Tax", "x@example.com", "https://www.digital.go.jp/").contains(Signal.POLICY_GOVERNMENT_DOMAIN));
        assertTrue(!run("e-Tax", "x@example.com", "https://www.city.example.lg.jp/").contains(Signal.POLICY_GOVERNMENT_DOMAIN));
    }

    @Test
    void aJapanPostClaimLinkingToDotComBreaksItsTldPolicy() {
        assertEquals(List.of(Signal.POLICY_FORBIDDEN_LINK_TLD), run("日本郵便", "x@example.jp", "https://japanpost-redelivery.com/"));
    }

    @Test
    void aJapanPostClaimLinkingToItsOwnJpDomainIsFine() {
        assertEquals(List.of(), run("日本郵便", "x@example.jp", "https://trackings.post.japanpost.jp/services/"));
    }

    @Test
    void aBrandWithoutPoliciesGetsNoPolicyFindings() {
        assertEquals(List.of(), run("ExampleShop", "x@example.jp", "https://anything.example.top/"));
    }

    @Test
    void theSendersOwnBrandAppliesWhenNothingIsClaimed() {
        assertEquals(List.of(Signal.POLICY_NO_LINKS), run("", "info@e-tax.nta.go.jp", "https://e-tax.nta.go.jp/x"));
    }
}
