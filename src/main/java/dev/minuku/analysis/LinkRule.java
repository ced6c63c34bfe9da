package dev.minuku.analysis;

import com.ibm.icu.text.Normalizer2;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandClaim;
import dev.minuku.domains.AbusedTlds;
import dev.minuku.domains.DomainNames;
import dev.minuku.domains.IpHosts;
import dev.minuku.domains.Lookalike;
import dev.minuku.domains.LookalikeDetector;
import dev.minuku.domains.NeutralLinkDomains;
import dev.minuku.domains.ParsedUrl;
import dev.minuku.domains.Redirectors;
import dev.minuku.domains.Shorteners;
import dev.minuku.domains.UrlParser;
import dev.minuku.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where links really go: one walk over the analyzed links, many named outcomes
 * (Rspamd's parent/virtual symbols). Every finding names its link. Findings
 * about the destination use the target after unwrapping redirectors; findings
 * about how the link is written (userinfo, port, script scheme) use the href.
 *
 * <p>Decisions:
 * <ul>
 * <li>mailto:, tel: and other non-web links are not judged as destinations
 *     (no LINK_NOT_OFFICIAL); a mailto: whose text shows another address's domain
 *     is still a text/target mismatch. Defanged {@code hxxp://} links cannot be
 *     clicked and are skipped; empty and {@code #} hrefs are in-page anchors.</li>
 * <li>A brand's own shortener in that brand's mail (amzn.to in an Amazon mail) is
 *     a LINK_SHORTENER at half confidence and not LINK_NOT_OFFICIAL.</li>
 * <li>Social networks and app stores ({@link NeutralLinkDomains}) are not
 *     LINK_NOT_OFFICIAL: genuine mails link to them from their footers.</li>
 * <li>LINK_NOT_OFFICIAL counts fully in an account, payment, delivery, prize or
 *     security notice, where a genuine brand always sends the reader to its own site,
 *     and less in other mail (a newsletter may link to a partner).</li>
 * <li>Nor is a link that the claimed brand, writing from its own domain, wraps in its
 *     own redirector (Google Calendar's google.com/url?q= around a meeting link): it
 *     relays its user's link. The LINK_REDIRECTOR finding still says where it ends.</li>
 * <li>The reader's own mail security wrappers (Outlook Safe Links, Proofpoint) are
 *     unwrapped silently; open redirectors someone chose (Google /url, Translate
 *     proxies, Facebook) are LINK_REDIRECTOR, at half confidence when they end on
 *     a brand's official domain or on the sender's own site.</li>
 * <li>LINK_RECIPIENT_IN_URL is not reported on a brand's official domain (its
 *     own unsubscribe links) and weighs less on the sender's own site.</li>
 * </ul>
 */
final class LinkRule implements Rule {

    /**
     * How much a link off the brand's domains counts in mail that makes no account,
     * payment, delivery, prize or security notice: a brand's newsletter may send you to
     * a partner's site, its notice about your account never does.
     */
    static final double OUTSIDE_NOTICE = 0.6;
    /** A longer href is reported as long (Rspamd url_suspect uses a similar limit). */
    static final int LONG_URL = 300;
    private static final int MAX_EVIDENCE = 80;
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "data", "vbscript");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Endings that are also file extensions: "invoice.zip" in text is a file name unless written as a URL. */
    private static final Set<String> FILE_LIKE_TLDS = Set.of("zip", "mov", "md", "sh", "rs", "py", "pl", "ps", "ai", "mp", "pm");
    private static final String[] LOGIN_PATH_WORDS = {"login", "signin", "sign-in", "logon", "auth", "account", "verify",
        "password", "passwd"};
    private static final String[] LOGIN_TEXT_WORDS = {"ログイン", "サインイン", "パスワード", "本人確認", "アカウント", "login",
        "log in", "sign in", "signin", "verify", "password"};

    private final LookalikeDetector lookalikes;

    LinkRule(LookalikeDetector lookalikes) {
        this.lookalikes = lookalikes;
    }

    @Override
    public String id() {
        return "links";
    }

    @Override
    public List<Finding> evaluate(AnalysisContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (ctx.links().isEmpty()) {
            return out;
        }
        Map<String, Optional<Lookalike>> lookalikeByHost = new HashMap<>();
        Optional<SenderAddress> recipient = Optional.of(SenderAddress.parse(ctx.recipient())).filter(SenderAddress::valid);
        for (AnalyzedLink link : ctx.links()) {
            evaluate(ctx, link, recipient, lookalikeByHost, out);
        }
        return out;
    }

    private void evaluate(AnalysisContext ctx, AnalyzedLink l, Optional<SenderAddress> recipient,
            Map<String, Optional<Lookalike>> lookalikeByHost, List<Finding> out) {
        String href = l.href().strip();
        if (href.isEmpty() || href.startsWith("#")) {
            return;
        }
        ParsedUrl url = l.url();
        String scheme = url.scheme();
        if (SCRIPT_SCHEMES.contains(scheme)) {
            out.add(Finding.builder(Signal.LINK_SCRIPT_SCHEME).link(l.index())
                    .evidence(shorten(href)).arg("scheme", scheme).build());
            return;
        }
        if ("mailto".equals(scheme)) {
            mailtoMismatch(ctx, l, out);
            return;
        }
        if (url.malformed()) {
            out.add(Finding.builder(Signal.LINK_MALFORMED).link(l.index()).evidence(shorten(href)).build());
            return;
        }
        if (!url.isWeb()) {
            return; // tel:, sms:, hxxp:// and other links a click does not open as a page
        }
        ParsedUrl target = l.target().isWeb() ? l.target() : url;
        String host = target.host();
        String registrable = target.registrableDomain();
        Optional<Brand> owner = OfficialDomains.linkOwner(ctx.brands(), host);

        writtenToDeceive(l, url, target, out);
        passesThrough(ctx, l, url, target, owner, out);

        Optional<Lookalike> lookalike = lookalikeByHost.computeIfAbsent(host, lookalikes::detect);
        lookalike.ifPresent(x -> out.add(Finding.builder(Signal.LINK_LOOKALIKE_DOMAIN).link(l.index())
                .confidence(x.confidence())
                .evidence(x.evidence())
                .arg("domain", host)
                .arg("brand", x.brand().id())
                .arg("technique", x.technique().name())
                .build()));
        ctx.claim().ifPresent(claim -> notOfficial(ctx, l, claim, target, out));
        if (owner.isEmpty()) {
            AbusedTlds.of(host).ifPresent(tld -> out.add(Finding.builder(Signal.LINK_ABUSED_TLD).link(l.index())
                    .evidence(registrable).arg("domain", registrable).arg("tld", tld).build()));
        }
        textHostMismatch(ctx, l, target, out);
        recipient.ifPresent(r -> recipientInUrl(ctx, l, r, target, owner, out));
        insecureLogin(l, url, target, out);
    }

    // ---- how the link is written ---------------------------------------------------

    private static void writtenToDeceive(AnalyzedLink l, ParsedUrl url, ParsedUrl target, List<Finding> out) {
        if (url.ipHost() || target.ipHost()) {
            String ip = url.ipHost() ? url.host() : target.host();
            out.add(Finding.builder(Signal.LINK_NUMERIC_IP).link(l.index()).evidence(ip).arg("domain", ip).build());
        }
        if (url.userInfo() != null && !url.userInfo().isEmpty()) {
            String shown = shorten(url.userInfo());
            // user:pass@ forms are rare but harmless-looking; a domain before '@' is the trick.
            double confidence = url.userInfo().indexOf('.') >= 0 ? 1.0 : 0.7;
            out.add(Finding.builder(Signal.LINK_USERINFO).link(l.index()).confidence(confidence)
                    .evidence(shown + "@" + url.host()).arg("shown", shown).arg("domain", url.host()).build());
        }
        if (url.port() >= 0 && url.port() != defaultPort(url.scheme())) {
            out.add(Finding.builder(Signal.LINK_NONDEFAULT_PORT).link(l.index())
                    .evidence(url.host() + ":" + url.port())
                    .arg("domain", url.host()).arg("port", Integer.toString(url.port())).build());
        }
        double encoded = encodedOrLong(l.href(), target);
        if (encoded > 0) {
            out.add(Finding.builder(Signal.LINK_LONG_OR_ENCODED).link(l.index()).confidence(encoded)
                    .evidence(target.registrableDomain()).arg("domain", target.registrableDomain()).build());
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "" -> 80;
            case "https" -> 443;
            case "ftp" -> 21;
            default -> -1;
        };
    }

    /**
     * How strongly the link hides its destination: a percent-encoded host (1.0),
     * heavy percent-encoding or a base64 payload that decodes to text (0.8), or
     * only length (0.5). A redirector's encoded target is judged after unwrapping,
     * on the target itself.
     */
    static double encodedOrLong(String href, ParsedUrl target) {
        String raw = target.raw() == null ? href : target.raw();
        int schemeEnd = raw.indexOf("://");
        if (schemeEnd >= 0) {
            int start = schemeEnd + 3;
            int end = start;
            while (end < raw.length() && "/?#\\".indexOf(raw.charAt(end)) < 0) {
                end++;
            }
            if (raw.substring(start, end).indexOf('%') >= 0) {
                return 1.0;
            }
        }
        int escapes = 0;
        for (int i = 0; i + 2 < raw.length(); i++) {
            if (raw.charAt(i) == '%' && Character.digit(raw.charAt(i + 1), 16) >= 0 && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                escapes++;
            }
        }
        if (escapes >= 12 && escapes * 3 >= raw.length() * 0.3) {
            return 0.8;
        }
        for (String value : queryValues(target.query())) {
            if (value.length() >= 40 && decodesToText(value)) {
                return 0.8;
            }
        }
        return raw.length() > LONG_URL ? 0.5 : 0;
    }

    // ---- where it passes through ------------------------------------------------------

    private static void passesThrough(AnalysisContext ctx, AnalyzedLink l, ParsedUrl url, ParsedUrl target,
            Optional<Brand> targetOwner, List<Finding> out) {
        String shortenerHost = Shorteners.isShortener(target.host()) ? target.host()
                : Shorteners.isShortener(url.host()) ? url.host() : null;
        if (shortenerHost != null) {
            String domain = Shorteners.shortenerDomain(shortenerHost).orElse(shortenerHost);
            boolean brandsOwn = ctx.claim().map(c -> ownShortener(ctx, c.brand(), shortenerHost)).orElse(false);
            out.add(Finding.builder(Signal.LINK_SHORTENER).link(l.index()).confidence(brandsOwn ? 0.5 : 1.0)
                    .evidence(domain).arg("domain", domain).build());
        }
        List<String> hops = l.hops();
        for (int i = 0; i + 1 < hops.size(); i++) {
            String wrapper = hops.get(i);
            if (!Redirectors.isTransparent(wrapper)) {
                String domain = DomainNames.registrableDomain(wrapper);
                boolean known = targetOwner.isPresent() || (ctx.sender().valid()
                        && ctx.sender().registrableDomain().equals(target.registrableDomain()));
                out.add(Finding.builder(Signal.LINK_REDIRECTOR).link(l.index())
                        .confidence(known ? 0.5 : 1.0)
                        .evidence(domain + " → " + target.host())
                        .arg("domain", domain).arg("target", target.host()).build());
                return;
            }
        }
    }

    private static boolean ownShortener(AnalysisContext ctx, Brand brand, String host) {
        return Shorteners.brandOf(host).map(brand.id()::equals).orElse(false) || OfficialDomains.serves(ctx.brands(), brand, host);
    }

    // ---- against the claimed brand --------------------------------------------------------

    private static void notOfficial(AnalysisContext ctx, AnalyzedLink l, BrandClaim claim, ParsedUrl target,
            List<Finding> out) {
        Brand brand = claim.brand();
        String host = target.host();
        if (OfficialDomains.serves(ctx.brands(), brand, host) || ownShortener(ctx, brand, host) || NeutralLinkDomains.isNeutral(host)
                || relayedByTheBrand(ctx, l, brand)) {
            return;
        }
        String domain = target.registrableDomain();
        double outsideNotices = ctx.notice().isNotice() ? 1.0 : OUTSIDE_NOTICE;
        out.add(Finding.builder(Signal.LINK_NOT_OFFICIAL).link(l.index())
                .confidence(ClaimPlaces.weight(ctx, claim) * outsideNotices)
                .evidence(domain).arg("brand", brand.id()).arg("domain", domain).build());
    }

    /**
     * A link the brand passes through its own redirector in mail from its own domain:
     * a calendar invite's meeting link or a shared document's link, which the brand
     * relays from its user and wraps precisely because it is not the brand's page.
     */
    private static boolean relayedByTheBrand(AnalysisContext ctx, AnalyzedLink l, Brand brand) {
        return l.hops().size() > 1 && ctx.sender().valid()
                && OfficialDomains.sends(ctx.brands(), brand, ctx.sender().domain())
                && OfficialDomains.serves(ctx.brands(), brand, l.hops().get(0));
    }

    // ---- what the text shows ---------------------------------------------------------------

    private static void textHostMismatch(AnalysisContext ctx, AnalyzedLink l, ParsedUrl target, List<Finding> out) {
        Optional<Shown> shown = shownHost(l.text());
        if (shown.isEmpty()) {
            return;
        }
        String targetHost = target.host();
        if (sameSite(ctx, shown.get().host(), targetHost)) {
            return;
        }
        String domain = target.registrableDomain();
        out.add(Finding.builder(Signal.LINK_TEXT_HOST_MISMATCH).link(l.index())
                .evidence(shown.get().display() + " → " + domain)
                .arg("shown", shown.get().display()).arg("domain", domain).build());
    }

    private static void mailtoMismatch(AnalysisContext ctx, AnalyzedLink l, List<Finding> out) {
        Optional<Shown> shown = shownHost(l.text());
        if (shown.isEmpty()) {
            return;
        }
        String path = l.url().path();
        int q = path.indexOf('?');
        SenderAddress to = SenderAddress.parse(UrlParser.percentDecode(q >= 0 ? path.substring(0, q) : path));
        if (!to.valid() || sameSite(ctx, shown.get().host(), to.domain())) {
            return;
        }
        out.add(Finding.builder(Signal.LINK_TEXT_HOST_MISMATCH).link(l.index())
                .evidence(shown.get().display() + " → " + to.registrableDomain())
                .arg("shown", shown.get().display()).arg("domain", to.registrableDomain()).build());
    }

    /** Same registrable domain, or both official domains of one brand (amazon.com shown, amazon.co.jp linked). */
    private static boolean sameSite(AnalysisContext ctx, String shownHost, String targetHost) {
        if (targetHost == null || targetHost.isEmpty()) {
            return false;
        }
        if (DomainNames.registrableDomain(shownHost).equals(DomainNames.registrableDomain(targetHost))) {
            return true;
        }
        Optional<Brand> a = OfficialDomains.linkOwner(ctx.brands(), shownHost);
        Optional<Brand> b = OfficialDomains.linkOwner(ctx.brands(), targetHost);
        return a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id());
    }

    /** A host the visible text presents as the destination, and how to show it. */
    record Shown(String display, String host) {
    }

    /**
     * The first URL, domain or email address the link text shows, read as a person
     * reads it: full-width forms folded (NFKC), ideographic full stops between
     * letters read as dots, surrounding brackets 「」<>() and quotes ignored,
     * scheme, www., path, port and a trailing slash or period ignored. Words that
     * only look like names (file.zip, Node.js, version 1.5) are not hosts.
     */
    static Optional<Shown> shownHost(String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            return Optional.empty();
        }
        String t = NFKC.normalize(text);
        if (t.indexOf('.') < 0 && t.indexOf('\u3002') < 0) {
            // A host has a dot, and NFKC has turned every dot-like character into '.' or '。'
            // (「詳細を見る」, most link texts, end here).
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u3002' && i > 0 && i + 1 < t.length() && isAsciiAlnum(t.charAt(i - 1)) && isAsciiAlnum(t.charAt(i + 1))) {
                b.append('.');
            } else if (c <= 0x20 || "<>()[]{}\"'`|^".indexOf(c) >= 0 || (c > 0x7e && !partOfForeignName(c))) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        for (String token : b.toString().split(" ")) {
            Optional<Shown> s = readShown(token);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private static Optional<Shown> readShown(String token) {
        String s = trimPunctuation(token);
        if (s.length() < 4) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean explicit = false;
        if (lower.startsWith("mailto:")) {
            lower = lower.substring(7);
            explicit = true;
        }
        int scheme = lower.indexOf("://");
        if (scheme > 0 && scheme < 12) {
            lower = lower.substring(scheme + 3);
            explicit = true;
        }
        int end = 0;
        while (end < lower.length() && "/?#".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        String authority = lower.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
            explicit = true;
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        while (authority.endsWith(".")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        if (authority.startsWith("www.")) {
            explicit = true;
        }
        if (authority.indexOf('.') <= 0) {
            return Optional.empty();
        }
        Optional<String> ascii = DomainNames.toAscii(authority);
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        String host = ascii.get();
        if (IpHosts.isIpLiteral(host)) {
            // "version 1.5" is no address; a written dotted quad or an explicit URL is.
            boolean dottedQuad = authority.chars().filter(ch -> ch == '.').count() == 3;
            return explicit || dottedQuad ? Optional.of(new Shown(IpHosts.canonical(host).orElse(host), host)) : Optional.empty();
        }
        DomainNames.HostParts parts = DomainNames.split(host);
        if (parts.label().isEmpty()) {
            return Optional.empty();
        }
        if (!explicit && FILE_LIKE_TLDS.contains(DomainNames.tld(host))) {
            return Optional.empty();
        }
        String display = host.startsWith("www.") ? host.substring(4) : host;
        return Optional.of(new Shown(DomainNames.toUnicode(display), host));
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && ".,;:!?*".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".,;:!?*/".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    /**
     * Letters of other alphabets stay (a Cyrillic "аmazon.com" is shown as written);
     * Japanese and Chinese characters end a name, since text runs straight on
     * after a domain in Japanese ("amazon.co.jpからのお知らせ").
     */
    private static boolean partOfForeignName(char c) {
        if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // ---- the reader's own address --------------------------------------------------------------

    private static void recipientInUrl(AnalysisContext ctx, AnalyzedLink l, SenderAddress recipient, ParsedUrl target,
            Optional<Brand> owner, List<Finding> out) {
        if (owner.isPresent()) {
            return; // a brand's own links (unsubscribe) may carry the address
        }
        String address = (recipient.localPart() + "@" + recipient.domain()).toLowerCase(Locale.ROOT);
        if (!carriesAddress(l.href(), address) && (target.raw() == null || !carriesAddress(target.raw(), address))) {
            return;
        }
        String domain = target.registrableDomain();
        // The sender's own site (a newsletter's unsubscribe link) is the lesser case.
        double confidence = domain.equals(ctx.sender().registrableDomain()) ? 0.6 : 1.0;
        out.add(Finding.builder(Signal.LINK_RECIPIENT_IN_URL).link(l.index()).confidence(confidence)
                .evidence(domain).arg("domain", domain).build());
    }

    /** The address appears in the URL as written, percent-decoded (up to twice), or base64-encoded. */
    static boolean carriesAddress(String url, String address) {
        if (url == null || url.isEmpty() || address.length() < 3) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains(address)) {
            return true;
        }
        String decoded = lower;
        for (int i = 0; i < 2 && decoded.indexOf('%') >= 0; i++) {
            decoded = UrlParser.percentDecode(decoded).toLowerCase(Locale.ROOT);
            if (decoded.contains(address)) {
                return true;
            }
        }
        decoded = UrlParser.percentDecode(url);
        for (String run : base64Runs(decoded)) {
            if (decodeBase64(run).map(s -> s.toLowerCase(Locale.ROOT).contains(address)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    // ---- plain http for a sign-in ------------------------------------------------------------

    private static void insecureLogin(AnalyzedLink l, ParsedUrl url, ParsedUrl target, List<Finding> out) {
        if (!"http".equals(url.scheme()) || !"http".equals(target.scheme())) {
            return;
        }
        String path = (target.path() + "?" + target.query()).toLowerCase(Locale.ROOT);
        String text = TextNormalizer.forMatching(l.text());
        boolean login = false;
        for (String w : LOGIN_PATH_WORDS) {
            login |= path.contains(w);
        }
        for (String w : LOGIN_TEXT_WORDS) {
            login |= text.contains(w);
        }
        if (login) {
            out.add(Finding.builder(Signal.LINK_INSECURE_LOGIN).link(l.index())
                    .evidence(target.host()).arg("domain", target.registrableDomain()).build());
        }
    }

    // ---- small pieces ---------------------------------------------------------------------------

    private static List<String> queryValues(String query) {
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.add(eq >= 0 ? pair.substring(eq + 1) : pair);
        }
        return values;
    }

    /** Runs of base64 characters (standard or URL-safe) of 16+ characters: where an encoded address could hide. */
    private static List<String> base64Runs(String s) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean b64 = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '-' || c == '_';
            if (b64 && start < 0) {
                start = i;
            } else if (!b64 && start >= 0) {
                if (i - start >= 16) {
                    String run = s.substring(start, i);
                    runs.add(run);
                    if (run.indexOf('/') >= 0) {
                        for (String piece : run.split("/")) {
                            if (piece.length() >= 16) {
                                runs.add(piece);
                            }
                        }
                    }
                }
                start = -1;
            }
        }
        return runs;
    }

    private static Optional<String> decodeBase64(String run) {
        String s = run.replace('-', '+').replace('_', '/');
        int rem = s.length() % 4;
        if (rem == 1) {
            s = s.substring(0, s.length() - 1);
        } else if (rem == 2) {
            s = s + "==";
        } else if (rem == 3) {
            s = s + "=";
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(s), StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A base64 value that decodes to mostly printable text: data carried, not a random token. */
    private static boolean decodesToText(String value) {
        String v = UrlParser.percentDecode(value);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean b64 = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '-' || c == '_' || c == '=';
            if (!b64) {
                return false;
            }
        }
        Optional<String> text = decodeBase64(v.replace("=", ""));
        if (text.isEmpty() || text.get().length() < 24) {
            return false;
        }
        long printable = text.get().chars().filter(c -> c >= 0x20 && c < 0x7f).count();
        return printable >= text.get().length() * 0.9;
    }

    private static String shorten(String s) {
        return s.length() <= MAX_EVIDENCE ? s : s.substring(0, MAX_EVIDENCE) + "…";
    }
}
