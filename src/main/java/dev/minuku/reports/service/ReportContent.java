package dev.minuku.reports.service;

import dev.minuku.domains.DomainNames;
import dev.minuku.domains.ParsedUrl;
import dev.minuku.domains.UrlParser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces what a reporter sends to what may be stored: the subject without
 * e-mail addresses (scam subjects often carry the recipient's own address),
 * links as hosts only (paths and queries carry tracking ids and addresses).
 */
public final class ReportContent {

    /** What an address becomes in a stored subject. */
    public static final String MASK = "[email]";
    /** Longest subject kept (the API accepts 1,000 characters). */
    public static final int MAX_SUBJECT = 1000;
    /** Hosts kept per report, and link domains counted per report: enough for any mail, bounded for abuse. */
    public static final int MAX_HOSTS = 50;
    public static final int MAX_LINK_DOMAINS = 20;

    // Anything around an at sign (ASCII or full-width) up to a separator: an address, however odd its local part.
    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s\\u3000@\\uFF20<>()\\[\\]{}\"'`,;:\\u3001\\u3002\\uFF08\\uFF09\\u300C\\u300D]+"
            + "[@\\uFF20]"
            + "[^\\s\\u3000@\\uFF20<>()\\[\\]{}\"'`,;:\\u3001\\u3002\\uFF08\\uFF09\\u300C\\u300D]+");
    // Control and format characters (bidi overrides, zero-width) only serve to disguise text.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    private ReportContent() {
    }

    /** The subject as stored: invisible characters dropped, addresses masked, whitespace collapsed, bounded. */
    public static String maskSubject(String subject) {
        if (subject == null) {
            return "";
        }
        String s = INVISIBLE.matcher(subject).replaceAll(" ");
        s = ADDRESS.matcher(s).replaceAll(MASK);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return truncate(s, MAX_SUBJECT);
    }

    /** At most {@code max} chars, never cutting a surrogate pair in half. */
    public static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** The masked subject compared loosely (width and case), so a resent message is recognized. */
    public static String subjectKey(String maskedSubject) {
        return Normalizer.normalize(maskedSubject, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Hosts of the links and the registrable domains to count for them.
     *
     * @param hosts   distinct hosts in lower-case ASCII, in order of appearance (IP hosts included)
     * @param domains distinct registrable domains of named (not IP) hosts
     */
    public record LinkTargets(List<String> hosts, List<String> domains) {
    }

    public static LinkTargets linkTargets(List<String> hrefs) {
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        if (hrefs != null) {
            for (String href : hrefs) {
                ParsedUrl url = UrlParser.parse(href);
                if (!url.hasHost() || url.host().indexOf(' ') >= 0) {
                    continue;
                }
                if (hosts.size() < MAX_HOSTS) {
                    hosts.add(url.host());
                }
                if (!url.ipHost() && domains.size() < MAX_LINK_DOMAINS) {
                    String registrable = DomainNames.registrableDomain(url.host());
                    if (registrable != null && registrable.indexOf('.') > 0) {
                        domains.add(registrable);
                    }
                }
            }
        }
        return new LinkTargets(new ArrayList<>(hosts), new ArrayList<>(domains));
    }
}
