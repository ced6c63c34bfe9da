package dev.minuku.mail;

import dev.minuku.analysis.EmailMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a raw RFC 5322 message with mime4j: RFC 2047 names and subjects,
 * quoted-printable and base64, ISO-2022-JP / Shift_JIS / UTF-8 text, HTML parts
 * (visible text and links with their text, by jsoup), nested multiparts and
 * forwarded messages. Attachments are listed, never opened.
 */
public final class MailParser {

    /** Headers the engine reads; everything else of the header is dropped at once. */
    private static final Set<String> KEPT_HEADERS = Set.of(
            "authentication-results", "return-path", "reply-to", "received-spf", "arc-authentication-results");
    private static final int MAX_DEPTH = 10;
    private static final int MAX_TEXT = 200_000;
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "blockquote", "hr", "section", "article", "header", "footer", "td");

    public ParsedMail parse(byte[] raw) throws MalformedMailException {
        if (raw == null || raw.length == 0) {
            throw new MalformedMailException("The message is empty.");
        }
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.custom()
                    .setMaxLineLen(-1).setMaxHeaderLen(64 * 1024).setMaxHeaderCount(1000).setMaxContentLen(-1)
                    .build());
            builder.setDecodeMonitor(DecodeMonitor.SILENT);
            message = builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            throw new MalformedMailException("The message could not be read as RFC 5322 mail.");
        }
        if (message.getHeader() == null || message.getHeader().getFields().isEmpty()
                || message.getHeader().getField("From") == null) {
            throw new MalformedMailException("The message has no From header; send a whole message (.eml) with its headers.");
        }
        try {
            Parts parts = new Parts();
            walk(message, parts, 0);
            String body = parts.html.length() > 0 ? parts.html.toString() : parts.plain.toString();
            Mailbox from = firstMailbox(message.getFrom());
            String fromName = from == null ? "" : nullToEmpty(from.getName());
            String fromAddress = from == null ? rawAddress(message.getHeader().getField("From")) : from.getAddress();
            Map<String, String> headers = new LinkedHashMap<>();
            for (Field f : message.getHeader().getFields()) {
                String name = f.getName().toLowerCase(Locale.ROOT);
                // The first (topmost) value is the one our receiving side added.
                if (KEPT_HEADERS.contains(name) && !headers.containsKey(canonical(name))) {
                    headers.put(canonical(name), unfold(f.getBody()));
                }
            }
            String replyTo = firstAddress(message.getReplyTo());
            String to = firstAddress(message.getTo());
            EmailMessage m = new EmailMessage(new EmailMessage.Sender(fromName, fromAddress), replyTo, to,
                    nullToEmpty(message.getSubject()), cut(body), parts.links, headers);
            return new ParsedMail(m, parts.attachments);
        } catch (RuntimeException e) {
            throw new MalformedMailException("The message structure could not be read.");
        } finally {
            message.dispose();
        }
    }

    private static final class Parts {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<EmailMessage.LinkInput> links = new ArrayList<>();
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    }

    private void walk(Entity entity, Parts parts, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Body body = entity.getBody();
        if (body instanceof Multipart mp) {
            for (Entity part : mp.getBodyParts()) {
                walk(part, parts, depth + 1);
            }
            return;
        }
        if (body instanceof Message nested) {
            walk(nested, parts, depth + 1);
            return;
        }
        String mime = nullToEmpty(entity.getMimeType()).toLowerCase(Locale.ROOT);
        boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
        if (attachment || !(mime.equals("text/plain") || mime.equals("text/html"))) {
            if (body instanceof SingleBody sb) {
                parts.attachments.add(new ParsedMail.Attachment(nullToEmpty(entity.getFilename()), mime, size(sb)));
            }
            return;
        }
        String text = readText(entity, body);
        if (mime.equals("text/html")) {
            appendHtml(text, parts);
        } else if (parts.plain.length() < MAX_TEXT) {
            parts.plain.append(text).append('\n');
        }
    }

    private static long size(SingleBody body) {
        try (InputStream in = body.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            return -1;
        }
    }

    /** Decoded text in the part's charset; an unknown charset is read as UTF-8 rather than failing. */
    private static String readText(Entity entity, Body body) {
        if (body instanceof TextBody tb) {
            try (Reader r = tb.getReader()) {
                return readLimited(r);
            } catch (IOException | RuntimeException e) {
                // fall through to raw bytes
            }
        }
        if (body instanceof SingleBody sb) {
            try (InputStream in = sb.getInputStream()) {
                byte[] bytes = in.readNBytes(MAX_TEXT * 4);
                return new String(bytes, charsetOf(entity));
            } catch (IOException e) {
                return "";
            }
        }
        return "";
    }

    private static Charset charsetOf(Entity entity) {
        try {
            String cs = entity.getCharset();
            return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String readLimited(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf)) > 0 && sb.length() < MAX_TEXT) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    /** Visible text with line breaks at blocks; every a[href]/area[href] with its text. */
    private static void appendHtml(String html, Parts parts) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, template, noscript").remove();
        for (Element a : doc.select("a[href], area[href]")) {
            String text = a.tagName().equals("area") ? a.attr("alt") : a.text();
            parts.links.add(new EmailMessage.LinkInput(a.attr("href").strip(), text.strip()));
        }
        StringBuilder out = parts.html;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (out.length() >= MAX_TEXT) {
                    return;
                }
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && out.length() < MAX_TEXT) {
                    out.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        out.append('\n');
    }

    private static Mailbox firstMailbox(MailboxList list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private static String firstAddress(AddressList list) {
        if (list == null) {
            return null;
        }
        MailboxList flat = list.flatten();
        return flat.isEmpty() ? null : flat.get(0).getAddress();
    }

    /** When mime4j cannot read the From field as a mailbox, keep the part that looks like an address. */
    private static String rawAddress(Field field) {
        String body = field == null ? "" : unfold(field.getBody());
        int lt = body.lastIndexOf('<');
        int gt = body.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            return body.substring(lt + 1, gt).strip();
        }
        return body.strip();
    }

    private static String canonical(String lowerName) {
        return switch (lowerName) {
            case "authentication-results" -> "Authentication-Results";
            case "return-path" -> "Return-Path";
            case "reply-to" -> "Reply-To";
            case "received-spf" -> "Received-SPF";
            case "arc-authentication-results" -> "ARC-Authentication-Results";
            default -> lowerName;
        };
    }

    static String unfold(String value) {
        return value == null ? "" : value.replaceAll("\\r?\\n[ \\t]+", " ").strip();
    }

    private static String cut(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
