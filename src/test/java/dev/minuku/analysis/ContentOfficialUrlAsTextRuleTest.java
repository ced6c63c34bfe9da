package dev.minuku.analysis;

import static dev.minuku.analysis.TextContexts.findings;
import static dev.minuku.analysis.TextContexts.prepare;
import static dev.minuku.testsupport.TextFixtures.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// An official brand address written in the text of a mail that the brand did
// not send is reported with the address as evidence.
class ContentOfficialUrlAsTextRuleTest {

    private final Rule rule = new OfficialUrlAsTextRule();

    private List<Finding> run(EmailMessage m) {
        return findings(rule, prepare(m), Signal.CONTENT_OFFICIAL_URL_AS_TEXT);
    }

    @Test
    void anOfficialUrlInTheTextOfAnOutsideMailIsReported() {
        List<Finding> f = run(mail().from("info@pay-check.example.top").subject("お支払い方法の確認")
                .body("以下のリンクより手続きを進めてください。", "", "https://www.amazon.co.jp/payment").build());
        assertEquals(1, f.size());
        assertEquals("https://www.amazon.co.jp/payment", f.get(0).evidence());
        assertEquals("amazon", f.get(0).args().get("brand"));
        assertEquals(1.0, f.get(0).confidence(), 1e-9);
    }

    @Test
    void aBareOfficialHostInJapaneseTextIsReportedLessSurely() {
        List<Finding> f = run(mail().from("a@example.jp")
                .body("appleid.apple.comにアクセスして、アカウント情報を確認してください。").build());
        assertEquals(1, f.size());
        assertEquals("appleid.apple.com", f.get(0).evidence());
        assertEquals(0.7, f.get(0).confidence(), 1e-9);
    }

    @Test
    void theBrandsOwnMailMayShowItsAddress() {
        // Why not: the sender is on the brand's official domain.
        assertTrue(run(mail().from("auto-confirm@amazon.co.jp").body("注文履歴は https://www.amazon.co.jp/orders から").build())
                .isEmpty());
    }

    @Test
    void theBrandsNameWrittenLikeADomainIsAName() {
        // Why not: 「Amazon.co.jp」 is how the brand names itself, not an address to visit.
        assertTrue(run(mail().from("a@example.jp").body("Amazon.co.jpをご利用いただきありがとうございます。").build()).isEmpty());
    }

    @Test
    void anEmailAddressAndAnUnknownSiteAreNotOfficialUrls() {
        // Why not: an address after "@" is a mailbox, and example.org belongs to no brand.
        assertTrue(run(mail().from("a@example.jp")
                .body("お問い合わせは taro@icloud.com まで。詳しくは https://www.example.org/help をご覧ください。").build()).isEmpty());
    }
}
