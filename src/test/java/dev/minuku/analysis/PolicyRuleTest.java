package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// PolicyRule applies what brands publish about their own mail: no links at all,
// link domains that never end in certain TLDs, go.jp/lg.jp for government, and a
// greeting by the member's registered name.
class PolicyRuleTest {

    private static final BrandRegistry BRANDS = new BrandRegistry(List.of(
            new Brand("etax", "e-Tax", "e-Tax", "government", List.of("e-Tax"), List.of("etax"),
                    List.of(new Brand.DomainList(List.of("e-tax.nta.go.jp"), List.of("mail", "links"), "https://www.e-tax.nta.go.jp/", null)),
                    List.of(new Brand.Policy("no-links", List.of(), "https://www.e-tax.nta.go.jp/topics/topics_20220815.htm", null))),
            new Brand("post", "日本郵便", "Japan Post", "delivery", List.of("日本郵便"), List.of("japanpost"),
                    List.of(new Brand.DomainList(List.of("post.japanpost.jp"), List.of("mail", "links"), "https://www.post.japanpost.jp/", null)),
                    List.of(new Brand.Policy("forbidden-link-tlds", List.of("com", "net", "top"),
                            "https://www.post.japanpost.jp/notification/notice/fraud-mail.html", null))),
            new Brand("card", "ミヌクカード", "Minuku Card", "card", List.of("ミヌクカード"), List.of("minukucard"),
                    List.of(new Brand.DomainList(List.of("minuku-card.example.jp"), List.of("mail", "links"), "https://minuku-card.example.jp/", null)),
                    List.of(new Brand.Policy("named-greeting", List.of(), "https://minuku-card.example.jp/security", null))),
            new Brand("shop", "ショップ", "Shop", "ecommerce", List.of("ExampleShop"), List.of("exampleshop"),
                    List.of(new Brand.DomainList(List.of("exampleshop.co.jp"), List.of("mail", "links"), "https://exampleshop.co.jp/", null)),
                    List.of())));
    private static final Analyzer ANALYZER = new Analyzer(BRANDS, List.of(), ScoringPolicy.loadDefault());

    private static List<Signal> run(String fromName, String from, String... hrefs) {
        List<EmailMessage.LinkInput> links = java.util.Arrays.stream(hrefs).map(h -> new EmailMessage.LinkInput(h, "x")).toList();
        EmailMessage m = new EmailMessage(new EmailMessage.Sender(fromName, from), null, null, "", "", links, Map.of());
        return new PolicyRule().evaluate(ANALYZER.prepare(m, CommunityLookup.NONE)).stream().map(Finding::signal).toList();
    }

    private static List<Finding> greeting(String fromName, String from, String subject, String... bodyLines) {
        EmailMessage m = new EmailMessage(new EmailMessage.Sender(fromName, from), null, null, subject,
                String.join("\n", bodyLines), List.of(), Map.of());
        return new PolicyRule().evaluate(ANALYZER.prepare(m, CommunityLookup.NONE)).stream()
                .filter(f -> f.signal() == Signal.POLICY_NAMED_GREETING).toList();
    }

    @Test
    void aCardMailGreetingTheMemberGenericallyBreaksItsNamedGreetingPolicy() {
        List<Finding> f = greeting("ミヌクカード", "info@minuku-card.example.top", "ご利用確認のお願い",
                "ミヌクカード会員 様", "", "不正利用の可能性があるため、カードのご利用を一部制限しました。");
        assertEquals(1, f.size());
        assertEquals("card", f.get(0).args().get("brand"));
        assertEquals(1.0, f.get(0).confidence(), 1e-9);
        assertTrue(f.get(0).evidence().contains("会員"), f.get(0).evidence());
    }

    @Test
    void anEnglishNamelessSalutationBreaksTheNamedGreetingPolicyToo() {
        assertEquals(1, greeting("Minuku Card", "notice@example.com", "Action required",
                "Dear Customer,", "", "We noticed unusual activity on your card.").size());
    }

    @Test
    void aCardMailGreetingTheMemberByNameKeepsThePolicy() {
        // Why not: 「山田 花子 様」 is the member's name, what the brand promises to write.
        assertEquals(List.of(), greeting("ミヌクカード", "info@minuku-card.example.jp", "ご利用確認のお願い",
                "山田 花子 様", "", "いつもミヌクカードをご利用いただきありがとうございます。"));
    }

    @Test
    void aCardMailWithoutAnySalutationKeepsThePolicy() {
        // Why not: a newsletter that opens with its news greets nobody generically.
        assertEquals(List.of(), greeting("ミヌクカード", "news@minuku-card.example.jp", "春のキャンペーン",
                "いつもミヌクカードをご利用いただきありがとうございます。", "今月のお得な情報をお届けします。"));
    }

    @Test
    void aCustomerNumberLabelIsNoGreeting() {
        // Why not: 「お客様番号」 is a field label, not a salutation.
        assertEquals(List.of(), greeting("ミヌクカード", "info@minuku-card.example.jp", "お支払い金額のお知らせ",
                "山田 花子 様", "お客様番号: 1234-5678", "今月のお支払い金額が確定しました。"));
    }

    @Test
    void aBrandWithoutTheNamedGreetingPolicyMayGreetGenerically() {
        // Why not: only brands that publish the promise are held to it; ExampleShop never did.
        assertEquals(List.of(), greeting("ExampleShop", "info@exampleshop.co.jp", "ご注文の確認",
                "お客様各位", "", "ご注文ありがとうございます。"));
    }

    @Test
    void aCardNamedOnlyInTheBodyOfAnotherSendersMailCountsLess() {
        // A shop's mail that merely names the card in its text is less surely presenting itself as the card.
        List<Finding> f = greeting("", "info@shop.example.jp", "キャンペーンのお知らせ",
                "お客様各位", "", "ミヌクカードでのお支払いでポイント2倍。");
        assertEquals(1, f.size());
        assertTrue(f.get(0).confidence() < 1.0, "confidence " + f.get(0).confidence());
    }

    @Test
    void theRealRegistryHoldsSmbcCardToTheNamedGreeting() {
        EmailMessage m = new EmailMessage(new EmailMessage.Sender("三井住友カード", "info@smbc-card-notice.example.top"), null, null,
                "【三井住友カード】ご利用確認のお願い", "三井住友カード会員 様\n\nご利用内容の確認をお願いいたします。", List.of(), Map.of());
        Analyzer real = new Analyzer(BrandRegistry.loadDefault(), List.of(), ScoringPolicy.loadDefault());
        assertTrue(new PolicyRule().evaluate(real.prepare(m, CommunityLookup.NONE)).stream()
                .anyMatch(f -> f.signal() == Signal.POLICY_NAMED_GREETING && "smbc-card".equals(f.args().get("brand"))));
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
