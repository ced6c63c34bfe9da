package dev.minuku.analysis;

import dev.minuku.domains.ParsedUrl;
import dev.minuku.domains.Redirectors;
import dev.minuku.domains.UrlParser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Gathers every link to analyze: the anchors the webmail gave, then URLs
 * written in the body text (a pasted URL is as clickable as a button), each
 * once. URLs in Japanese text are cut at Japanese punctuation, which autolink
 * would otherwise keep as part of an internationalized URL.
 */
public final class LinkCollector {

    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();
    /** Characters that end a URL written in Japanese text. */
    private static final String JAPANESE_STOPS = "、。,.!?:;「」『』()【】〔〕〈〉《》[]{}<>\u3000・…‥“”‘’";

    private final int maxLinks;

    public LinkCollector(int maxLinks) {
        this.maxLinks = maxLinks;
    }

    public List<AnalyzedLink> collect(EmailMessage message) {
        List<AnalyzedLink> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EmailMessage.LinkInput l : message.links()) {
            if (out.size() >= maxLinks) {
                return out;
            }
            if (seen.add(l.href() + "\u0000" + l.text())) {
                out.add(analyze(out.size(), l.href(), l.text(), AnalyzedLink.Origin.ANCHOR));
            }
        }
        Set<String> hrefs = new LinkedHashSet<>();
        message.links().forEach(l -> hrefs.add(l.href().strip()));
        for (String url : urlsInText(message.body())) {
            if (out.size() >= maxLinks) {
                break;
            }
            if (hrefs.add(url)) {
                out.add(analyze(out.size(), url, "", AnalyzedLink.Origin.BODY_TEXT));
            }
        }
        return out;
    }

    static AnalyzedLink analyze(int index, String href, String text, AnalyzedLink.Origin origin) {
        ParsedUrl url = UrlParser.parse(href);
        List<ParsedUrl> chain = Redirectors.unwrap(url);
        ParsedUrl target = chain.get(chain.size() - 1);
        List<String> hops = chain.size() <= 1 ? List.of()
                : chain.stream().map(u -> u.host() == null ? "" : u.host()).toList();
        return new AnalyzedLink(index, href, text, origin, url, target, hops);
    }

    /** URLs written in plain text, in order, cut at Japanese punctuation. */
    public static List<String> urlsInText(String text) {
        List<String> urls = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return urls;
        }
        for (LinkSpan span : EXTRACTOR.extractLinks(text)) {
            String url = text.substring(span.getBeginIndex(), span.getEndIndex());
            int cut = firstStop(url);
            if (cut >= 0) {
                url = url.substring(0, cut);
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static int firstStop(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > 0x7f && JAPANESE_STOPS.indexOf(c) >= 0) {
                return i;
            }
            // Kana and kanji right after a URL are text, not an internationalized path.
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA) {
                return i;
            }
        }
        return -1;
    }
}
