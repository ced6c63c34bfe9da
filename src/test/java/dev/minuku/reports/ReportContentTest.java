package dev.minuku.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.minuku.reports.service.ReportContent;
import java.util.List;
import org.junit.jupiter.api.Test;

// Behaviour under test: what a report keeps of a subject and of links: addresses masked,
// invisible characters dropped, hosts without paths or queries, bounded sizes.
class ReportContentTest {

    @Test
    void addressesInTheSubjectAreMasked() {
        assertEquals("[email] 様 アカウント停止", ReportContent.maskSubject("taro.yamada@example.co.jp 様 アカウント停止"));
        assertEquals("宛先 [email] の確認", ReportContent.maskSubject("宛先 taro＠example.jp の確認"));
        assertEquals("<[email]>", ReportContent.maskSubject("<a+b@x.com>"));
        assertEquals("「[email]」", ReportContent.maskSubject("「me@x.jp」"));
    }

    @Test
    void subjectWithoutAddressIsKeptAsWritten() {
        // Nothing to mask: the subject is what makes a report useful to others.
        assertEquals("【重要】お支払い方法の確認", ReportContent.maskSubject("【重要】お支払い方法の確認"));
        assertEquals("Follow us @ twitter", ReportContent.maskSubject("Follow us @ twitter"));
    }

    @Test
    void invisibleCharactersAndRunsOfSpaceAreFlattened() {
        assertEquals("a b c", ReportContent.maskSubject("a\u202E\u200Bb\n\t\u3000c"));
        assertEquals("", ReportContent.maskSubject(null));
    }

    @Test
    void subjectIsBoundedWithoutSplittingACharacter() {
        String s = "a".repeat(999) + "😀";
        String masked = ReportContent.maskSubject(s);
        assertEquals(999, masked.length());
    }

    @Test
    void sameSubjectInOtherWidthOrCaseGivesTheSameKey() {
        assertEquals(ReportContent.subjectKey("ＡＢＣ　Notice"), ReportContent.subjectKey("abc notice".replace(" ", "　")));
    }

    @Test
    void linksKeepHostsOnly() {
        ReportContent.LinkTargets t = ReportContent.linkTargets(List.of(
                "https://Login.Evil-Bank.co.jp/path/secret?user=me@example.com#frag",
                "http://192.0.2.7:8080/x",
                "javascript:alert(1)",
                "https://evil-bank.co.jp/again",
                "http://[::1"));
        assertEquals(List.of("login.evil-bank.co.jp", "192.0.2.7", "evil-bank.co.jp"), t.hosts());
        // IP hosts are kept as hosts but are no domain to count.
        assertEquals(List.of("evil-bank.co.jp"), t.domains());
        assertFalse(String.join(" ", t.hosts()).contains("secret"));
    }

    @Test
    void linkCountsAreBounded() {
        List<String> many = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "https://d" + i + ".example.com/").toList();
        ReportContent.LinkTargets t = ReportContent.linkTargets(many);
        assertEquals(ReportContent.MAX_HOSTS, t.hosts().size());
        // All of them are one registrable domain.
        assertEquals(List.of("example.com"), t.domains());
    }
}
