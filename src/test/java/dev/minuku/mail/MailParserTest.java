package dev.minuku.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.analysis.EmailMessage;
import dev.minuku.testsupport.EmlFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// Raw messages become what the engine analyzes: decoded names and subjects in
// every Japanese charset, visible text, links with their text, headers that
// matter, and attachments listed but never read.
class MailParserTest {

    private final MailParser parser = new MailParser();

    private static byte[] fixture(String name) {
        return EmlFixtures.load(name);
    }

    @Test
    void iso2022jpNameSubjectAndBodyAreDecoded() throws Exception {
        EmailMessage m = parser.parse(fixture("iso2022jp-lookalike.eml")).message();
        assertEquals("Amazon.co.jp カスタマーサービス", m.from().name());
        assertEquals("info@amazon-co-jp-support.top", m.from().address());
        assertEquals("【重要】Amazonアカウントを更新してください", m.subject());
        assertTrue(m.body().contains("24時間以内に本人確認"), m.body());
        assertEquals("taro@example.jp", m.to());
        assertTrue(m.header("Authentication-Results").contains("dmarc=pass"));
    }

    @Test
    void shiftJisHtmlGivesVisibleTextAndLinksWithTheirText() throws Exception {
        EmailMessage m = parser.parse(fixture("sjis-spoofed-official.eml")).message();
        assertEquals("お支払い方法の確認", m.subject());
        assertTrue(m.body().contains("お支払い方法の確認が必要です。"), "HTML text preferred: " + m.body());
        assertFalse(m.body().contains("<p>"), "tags are not text");
        assertEquals(1, m.links().size());
        assertEquals("https://pay-update.example.top/amazon", m.links().get(0).href());
        assertEquals("https://www.amazon.co.jp/payment", m.links().get(0).text());
        assertEquals("help@reply.example.top", m.replyTo());
        assertEquals("<bounce@mailer.example.top>", m.header("Return-Path"));
        assertTrue(m.header("Authentication-Results").contains("dmarc=fail"), "folded header is unfolded");
        assertFalse(m.header("Authentication-Results").contains("\n"));
    }

    @Test
    void nestedMultipartsAreWalkedAndAttachmentsOnlyListed() throws Exception {
        ParsedMail p = parser.parse(fixture("utf8-nested.eml"));
        EmailMessage m = p.message();
        assertEquals("経理部 山田", m.from().name());
        assertEquals("請求書の送付", m.subject());
        assertTrue(m.body().contains("請求書を添付しました。"));
        assertTrue(m.links().stream().anyMatch(l -> l.href().equals("https://files.example.net/invoice")
                && l.text().equals("請求書を開く")));
        assertEquals(1, p.attachments().size());
        assertEquals("invoice.html", p.attachments().get(0).filename());
        assertTrue(p.attachments().get(0).size() > 0);
        assertFalse(m.body().contains("never read"), "attachment content is never read into the text");
    }

    @Test
    void aForwardedMessagesTextIsPartOfTheBody() throws Exception {
        // With an HTML part present the HTML text is what the reader sees; the
        // forwarded plain part still reaches analysis through the plain text
        // when no HTML exists. Here HTML exists, so the forwarded link must not
        // replace the visible text.
        EmailMessage m = parser.parse(fixture("utf8-nested.eml")).message();
        assertTrue(m.body().contains("請求書を添付しました"));
    }

    @Test
    void textWithoutHeadersIsMalformed() {
        assertThrows(MalformedMailException.class,
                () -> parser.parse("just some words, no headers at all\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyInputIsMalformed() {
        assertThrows(MalformedMailException.class, () -> parser.parse(new byte[0]));
    }

    @Test
    void binaryGarbageIsMalformedNotACrash() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThrows(MalformedMailException.class, () -> parser.parse(junk));
    }

    @Test
    void aMessageWithoutFromIsMalformed() {
        assertThrows(MalformedMailException.class,
                () -> parser.parse("Subject: hi\r\nTo: a@example.com\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnknownCharsetIsReadRatherThanRejected() throws Exception {
        String raw = "From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nhello there\r\n";
        assertTrue(parser.parse(raw.getBytes(StandardCharsets.UTF_8)).message().body().contains("hello there"));
    }

    @Test
    void anUnreadableFromKeepsTheAddressPart() throws Exception {
        String raw = "From: \"Amazon\" <<bad@@amazon..co.jp>\r\nSubject: x\r\n\r\nbody\r\n";
        EmailMessage m = parser.parse(raw.getBytes(StandardCharsets.UTF_8)).message();
        assertFalse(m.from().address().isEmpty());
    }
}
