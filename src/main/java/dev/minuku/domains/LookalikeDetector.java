package dev.minuku.domains;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.Lookalike.Technique;
import dev.minuku.text.KeywordMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Answers "which brand does this host imitate, and how". The checks follow
 * Rspamd's phishing module: compare registrable labels (Public Suffix List),
 * confusable skeletons first, then edit distance, where "nearly the same but
 * not equal" is the most suspicious case.
 *
 * <p>What is compared: a brand's <em>identity domains</em> are its official
 * registrable domains whose label carries one of the brand's tokens
 * ({@code amazon.co.jp}; not a third-party sender such as {@code amadeus.com},
 * which would otherwise make every {@code amadeus-*} host an ANA lookalike).
 * Tokens are the registry's brand fragments; a brand without tokens uses its
 * identity labels of 4+ letters.
 *
 * <p>Confidence by technique (the strongest finding wins):
 * <ul>
 * <li>0.95 an identity domain as labels of another host ({@code amazon.co.jp.example.top});
 *     0.95 homograph (non-ASCII label whose skeleton is the brand's label)</li>
 * <li>0.9 identity domain plus only another ending ({@code amazon.co.jp.cn}); accent-only
 *     punycode ({@code amazön}); ASCII look-alike characters ({@code arnazon}, {@code amaz0n}, {@code app1e})</li>
 * <li>0.85 brand label plus a country/TLD fragment ({@code amazon-jp.top}, {@code amazoncojp.com})</li>
 * <li>0.8 token plus only lure words or TLD fragments ({@code emailamazoncojp}, {@code amzn-verify});
 *     0.7 token set off by '-' or digits with other words ({@code amzn-xkq}); 0.6 for 3-letter tokens</li>
 * <li>0.75 the same label under another ending ({@code mercari.shop}); 0.6 for 3-letter labels.
 *     Lower than the rest: brands often own their name under other endings (amazon.de).</li>
 * <li>typo: 0.95 × (1 − distance / length), at most 0.9, at least 0.6</li>
 * <li>subdomain labels: 0.6 when a label is the brand's token ({@code amazon.evil.top});
 *     token inside a subdomain label one step below the registrable-label grade</li>
 * </ul>
 *
 * <p>Not lookalikes: official domains of any brand; brands' own shorteners
 * (amzn.to); {@code minuku/not-lookalikes.txt} (brand infrastructure such as
 * amazonaws.com); a token glued to letters that are not lure words, because
 * that is how ordinary names are made ({@code applebees}, {@code pineapple},
 * {@code amazonas}); 3-letter tokens unless set off on both sides by '-', '.',
 * digits or the label's edge ({@code banana} is not ANA). Typos need a label of
 * 5+ characters, distance 1 (2 from 9 characters), and for labels of up to 6
 * characters an edit a person makes by accident (neighbouring key, look-alike
 * letter, doubled or dropped letter, swapped neighbours), so {@code apply.com}
 * is not Apple.
 *
 * <p>Thread-safe: skeletons, label sets and token tries are built once in the
 * constructor; verdicts of hosts already seen are kept in a bounded cache.
 */
public final class LookalikeDetector {

    public static final String NOT_LOOKALIKES_RESOURCE = "minuku/not-lookalikes.txt";

    private static final Set<String> NOT_LOOKALIKES = Set.copyOf(DataFile.firstFields(NOT_LOOKALIKES_RESOURCE));
    /** Thread-safe for skeletons once built (ICU: the checking functions are thread safe). */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    /** ASCII character → its lower-cased skeleton ('m' → "rn", '0' → "o", '1' → "l"). */
    private static final String[] ASCII_FOLD = asciiFoldTable();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final LevenshteinDistance WITHIN_1 = new LevenshteinDistance(1);
    private static final LevenshteinDistance WITHIN_2 = new LevenshteinDistance(2);

    /** Words scams glue to a brand name; a label made of a token plus only these is an imitation. */
    private static final Set<String> LURE_WORDS = Set.of(
            "account", "acc", "alert", "app", "auth", "billing", "card", "care", "center", "centre", "check",
            "client", "cloud", "confirm", "connect", "contact", "cs", "customer", "delivery", "desk", "email",
            "help", "helpdesk", "home", "id", "info", "information", "inquiry", "japan", "jpn", "line", "link",
            "login", "logon", "mail", "member", "membership", "my", "notice", "notification", "official", "online",
            "order", "pay", "payment", "point", "portal", "prime", "protect", "recover", "recovery", "refund",
            "renew", "reset", "reward", "safe", "safety", "secure", "security", "service", "session", "shop",
            "sign", "signin", "signon", "sso", "store", "support", "system", "team", "update", "user", "verify",
            "verification", "wallet", "web", "www");
    /** Pieces of domain endings written into a label: amazon-co-jp, amazoncojp, amazon-com. */
    private static final Set<String> TLD_FRAGMENTS = Set.of(
            "co", "com", "jp", "ne", "or", "net", "org", "cn", "top", "xyz", "us", "uk");
    private static final Set<String> WORDS;

    static {
        Set<String> w = new LinkedHashSet<>(LURE_WORDS);
        w.addAll(TLD_FRAGMENTS);
        WORDS = Set.copyOf(w);
    }

    private static final String[] KEYBOARD = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final double[] KEYBOARD_STAGGER = {0, 0.5, 0.75, 1.25};
    /** Pairs people and fonts confuse, beyond what skeletons catch. */
    private static final Set<String> LOOK_ALIKE_PAIRS = Set.of(
            "mn", "nm", "il", "li", "l1", "1l", "i1", "1i", "o0", "0o", "uv", "vu", "ce", "ec", "gq", "qg", "rn", "nr");

    /** An official registrable domain that carries the brand's name. */
    private record Identity(Brand brand, String domain, String label, String skeleton) {
    }

    /** A candidate answer before the strongest is chosen. */
    private record Candidate(Brand brand, Technique technique, double confidence) {
    }

    private final BrandRegistry registry;
    /**
     * Official identity domains as one Aho-Corasick automaton: one pass finds them inside a host.
     * A domain stands for its first identity (brands sharing a registrable domain: the first listed).
     */
    private final KeywordMatcher<Identity> identityDomains;
    /** Identity labels by length, for the typo check (only lengths within 2 can be within distance 2). */
    private final Map<Integer, List<Identity>> identitiesByLength;
    private final Map<String, List<Identity>> identitiesByLabel;
    private final Map<String, List<Identity>> identitiesBySkeleton;
    private final TokenIndex plainTokens;
    private final TokenIndex foldedTokens;
    /**
     * Verdicts of hosts already checked: mails keep linking to the same hosts (a brand's
     * own, shorteners, a campaign's), and a check costs tens of microseconds. Bounded, so
     * a flood of new hosts costs only the checks themselves.
     */
    private final Cache<String, Optional<Lookalike>> verdicts = Caffeine.newBuilder().maximumSize(10_000).build();

    public LookalikeDetector(BrandRegistry registry) {
        this.registry = registry;
        List<Identity> ids = new ArrayList<>();
        Map<String, List<Brand>> tokens = new LinkedHashMap<>();
        for (Brand b : registry.all()) {
            List<String> brandTokens = b.tokens().stream()
                    .map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(LookalikeDetector::isTokenShaped)
                    .distinct().toList();
            Set<String> seen = new LinkedHashSet<>();
            for (String d : b.officialDomains()) {
                DomainNames.HostParts parts = DomainNames.split(d);
                String label = parts.label();
                if (label.isEmpty() || !seen.add(parts.registrable())) {
                    continue;
                }
                boolean carriesName = brandTokens.isEmpty() ? label.length() >= 4
                        : brandTokens.stream().anyMatch(label::contains);
                if (carriesName) {
                    ids.add(new Identity(b, parts.registrable(), label, fold(label)));
                }
            }
            List<String> effective = brandTokens.isEmpty()
                    ? ids.stream().filter(i -> i.brand() == b && isTokenShaped(i.label()) && i.label().length() >= 4)
                            .map(Identity::label).distinct().toList()
                    : brandTokens;
            for (String t : effective) {
                tokens.computeIfAbsent(t, k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, List<Identity>> byLabel = new HashMap<>();
        Map<String, List<Identity>> bySkeleton = new HashMap<>();
        Map<String, List<Identity>> byDomain = new HashMap<>();
        Map<Integer, List<Identity>> byLength = new HashMap<>();
        for (Identity i : ids) {
            byLabel.computeIfAbsent(i.label(), k -> new ArrayList<>()).add(i);
            bySkeleton.computeIfAbsent(i.skeleton(), k -> new ArrayList<>()).add(i);
            byDomain.computeIfAbsent(i.domain(), k -> new ArrayList<>()).add(i);
            byLength.computeIfAbsent(i.label().length(), k -> new ArrayList<>()).add(i);
        }
        this.identitiesByLabel = freeze(byLabel);
        this.identitiesBySkeleton = freeze(bySkeleton);
        Map<Integer, List<Identity>> lengths = new HashMap<>();
        byLength.forEach((k, v) -> lengths.put(k, List.copyOf(v)));
        this.identitiesByLength = Map.copyOf(lengths);
        Map<String, Identity> firstByDomain = new HashMap<>();
        byDomain.forEach((domain, identities) -> firstByDomain.put(domain, identities.get(0)));
        this.identityDomains = new KeywordMatcher<>(firstByDomain);
        this.plainTokens = new TokenIndex(tokens, UnaryOperator.identity());
        this.foldedTokens = new TokenIndex(tokens, LookalikeDetector::fold);
    }

    /**
     * The brand this host imitates and how, or empty. Expects a lower-case ASCII
     * (punycode) host as {@link UrlParser} gives; anything else is read leniently
     * and never throws.
     */
    public Optional<Lookalike> detect(String asciiHost) {
        if (asciiHost == null) {
            return Optional.empty();
        }
        Optional<Lookalike> known = verdicts.getIfPresent(asciiHost);
        if (known == null) {
            known = detectUncached(asciiHost);
            verdicts.put(asciiHost, known);
        }
        return known;
    }

    private Optional<Lookalike> detectUncached(String asciiHost) {
        String h = asciiHost.strip().toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || h.length() > 253 || IpHosts.isIpLiteral(h) || registry.ownerOf(h).isPresent()
                || Shorteners.brandOf(h).isPresent()) {
            return Optional.empty();
        }
        DomainNames.HostParts parts = DomainNames.split(h);
        if (parts.label().isEmpty() || NOT_LOOKALIKES.contains(parts.registrable())) {
            return Optional.empty();
        }
        Candidate best = identityDomainInside(h, parts.label());
        best = stronger(best, labelChecks(parts.label()));
        best = stronger(best, subdomainChecks(parts.subdomain()));
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Lookalike(best.brand(), best.technique(), evidence(h), best.confidence()));
    }

    // ---- an official domain inside the host ---------------------------------

    /** {@code amazon.co.jp.example.top}, {@code amazon.co.jp-login.com}, {@code www.amazon.co.jp.cn}. */
    private Candidate identityDomainInside(String h, String registrableLabel) {
        // The strongest so far; hits come in order of their end, and the first of equals is kept.
        Candidate[] best = new Candidate[1];
        identityDomains.forEach(h, (at, end, id) -> {
            if (id.label().equals(registrableLabel)) {
                return; // amazon.com.br: the brand's own name under another ending, a label check
            }
            boolean startsLabel = at == 0 || h.charAt(at - 1) == '.' || h.charAt(at - 1) == '-';
            if (!startsLabel || end >= h.length()) {
                return; // at the end: the host merely ends like the brand's (foo-amazon.co.jp), a label check
            }
            char next = h.charAt(end);
            if (next == '.') {
                String rest = h.substring(end + 1);
                boolean onlyAnEnding = (at == 0 || h.charAt(at - 1) == '.')
                        && (rest.indexOf('.') < 0 || DomainNames.isPublicSuffix(rest));
                best[0] = stronger(best[0], onlyAnEnding
                        ? new Candidate(id.brand(), Technique.TLD_SWAP, 0.9)
                        : new Candidate(id.brand(), Technique.BRAND_AS_SUBDOMAIN, 0.95));
            } else if (next == '-') {
                best[0] = stronger(best[0], new Candidate(id.brand(), Technique.BRAND_AS_SUBDOMAIN, 0.9));
            }
        });
        return best[0];
    }

    // ---- the registrable label -----------------------------------------------

    private Candidate labelChecks(String label) {
        // Same label, other ending: mercari.shop, amazon.cn.
        List<Identity> sameLabel = identitiesByLabel.getOrDefault(label, List.of());
        if (!sameLabel.isEmpty()) {
            // Exactly the brand's name: the ending is all that differs, nothing else to check.
            Identity id = sameLabel.get(0);
            return new Candidate(id.brand(), Technique.TLD_SWAP, label.length() <= 3 ? 0.6 : 0.75);
        }
        Candidate best = labelPlusEnding(label);
        String unicode = label.startsWith("xn--") ? DomainNames.toUnicode(label) : label;
        boolean nonAscii = !isAscii(unicode);
        String folded = fold(unicode);
        for (Identity id : identitiesBySkeleton.getOrDefault(folded, List.of())) {
            if (!id.label().equals(label)) {
                best = stronger(best, nonAscii ? new Candidate(id.brand(), Technique.HOMOGRAPH, 0.95)
                        : new Candidate(id.brand(), Technique.TYPO, 0.9));
            }
        }
        if (nonAscii) {
            String plain = fold(stripMarks(unicode));
            for (Identity id : identitiesBySkeleton.getOrDefault(plain, List.of())) {
                best = stronger(best, new Candidate(id.brand(), Technique.PUNYCODE, 0.9));
            }
            Candidate token = foldedTokens.find(fold(stripMarks(unicode)), 0);
            if (token != null) {
                best = stronger(best, new Candidate(token.brand(), Technique.HOMOGRAPH, Math.min(0.9, token.confidence() + 0.1)));
            }
        } else {
            best = stronger(best, plainTokens.find(label, 0));
            // arnazon-verify, amaz0n-login: the token written with look-alike characters.
            best = stronger(best, foldedTokens.find(folded, 0));
            best = stronger(best, typo(label));
        }
        return best;
    }

    /** amazon-jp, amazon-co-jp, amazoncojp: a brand label followed only by pieces of a domain ending. */
    private Candidate labelPlusEnding(String label) {
        Candidate best = null;
        for (int cut = 3; cut < label.length(); cut++) {
            List<Identity> prefixOf = identitiesByLabel.get(label.substring(0, cut));
            if (prefixOf == null) {
                continue;
            }
            String rest = label.charAt(cut) == '-' ? label.substring(cut + 1) : label.substring(cut);
            boolean allEndings = !rest.isEmpty();
            for (String piece : rest.split("-")) {
                allEndings &= !piece.isEmpty() && decomposes(piece, TLD_FRAGMENTS);
            }
            if (allEndings) {
                best = stronger(best, new Candidate(prefixOf.get(0).brand(), Technique.TLD_SWAP, 0.85));
            }
        }
        return best;
    }

    /** Edit distance to an identity label: 1, or 2 for labels of 9+ characters. */
    private Candidate typo(String label) {
        if (label.length() < 5 || label.startsWith("xn--")) {
            return null;
        }
        Candidate best = null;
        for (int length = Math.max(5, label.length() - 2); length <= label.length() + 2; length++) {
            best = stronger(best, typo(label, identitiesByLength.getOrDefault(length, List.of())));
        }
        return best;
    }

    private static Candidate typo(String label, List<Identity> candidates) {
        Candidate best = null;
        for (Identity id : candidates) {
            String target = id.label();
            if (target.equals(label)) {
                continue;
            }
            int allowed = target.length() >= 9 ? 2 : 1;
            int d = (allowed == 2 ? WITHIN_2 : WITHIN_1).apply(label, target);
            if (swappedNeighbours(label, target)) {
                d = 1;
            }
            if (d < 1 || d > allowed) {
                continue;
            }
            if (d == 1 && (label.equals(target + "s") || (target.length() <= 6 && !accidentalEdit(label, target)))) {
                continue; // apples is a word of its own, apply is not a slip of the finger
            }
            double similarity = 1.0 - (double) d / Math.max(label.length(), target.length());
            double confidence = Math.max(0.6, Math.min(0.9, 0.95 * similarity));
            best = stronger(best, new Candidate(id.brand(), Technique.TYPO, confidence));
        }
        return best;
    }

    // ---- subdomain labels ------------------------------------------------------

    private Candidate subdomainChecks(String subdomain) {
        if (subdomain.isEmpty()) {
            return null;
        }
        Candidate best = null;
        for (String label : subdomain.split("\\.")) {
            if (label.length() < 4 || label.equals("www")) {
                continue;
            }
            List<Brand> exact = plainTokens.brandsOf(label);
            if (!exact.isEmpty()) {
                best = stronger(best, new Candidate(exact.get(0), Technique.BRAND_AS_SUBDOMAIN, 0.6));
                continue;
            }
            for (Identity id : identitiesByLabel.getOrDefault(label, List.of())) {
                best = stronger(best, new Candidate(id.brand(), Technique.BRAND_AS_SUBDOMAIN, 0.6));
            }
            Candidate token = plainTokens.find(label, 4);
            if (token != null) {
                best = stronger(best, new Candidate(token.brand(), token.technique(), token.confidence() - 0.1));
            }
        }
        return best;
    }

    // ---- tokens inside a label --------------------------------------------------

    /** Brand tokens (as written, or folded to skeletons) found in a label with the boundary rules above. */
    private static final class TokenIndex {
        /** A token (in this index's form) and the brands it stands for: the automaton's value. */
        private record Token(String text, List<Brand> brands) {
        }

        private final KeywordMatcher<Token> tokens;
        private final Map<String, List<Brand>> brandsByToken;
        private final Set<String> words;
        private final UnaryOperator<String> form;

        TokenIndex(Map<String, List<Brand>> tokens, UnaryOperator<String> form) {
            this.form = form;
            Map<String, List<Brand>> byForm = new LinkedHashMap<>();
            tokens.forEach((t, brands) -> byForm.computeIfAbsent(form.apply(t), k -> new ArrayList<>()).addAll(brands));
            this.brandsByToken = freeze(byForm);
            Map<String, Token> byText = new HashMap<>();
            brandsByToken.forEach((t, brands) -> byText.put(t, new Token(t, brands)));
            this.tokens = new KeywordMatcher<>(byText);
            Set<String> w = new LinkedHashSet<>();
            WORDS.forEach(word -> w.add(form.apply(word)));
            w.addAll(byForm.keySet()); // appleid-apple: the brand twice is no innocent name
            this.words = Set.copyOf(w);
        }

        List<Brand> brandsOf(String token) {
            return brandsByToken.getOrDefault(form.apply(token), List.of());
        }

        /** The strongest token match in the label, or null; tokens shorter than minLength are ignored. */
        Candidate find(String label, int minLength) {
            if (brandsByToken.isEmpty() || label.isEmpty()) {
                return null;
            }
            // The strongest so far; hits come in order of their end, and the first of equals is kept.
            Candidate[] best = new Candidate[1];
            tokens.forEach(label, (start, end, token) -> {
                if (token.text().length() < minLength) {
                    return;
                }
                String left = label.substring(0, start);
                String right = label.substring(end);
                boolean leftSet = left.isEmpty() || isSeparator(left.charAt(left.length() - 1));
                boolean rightSet = right.isEmpty() || isSeparator(right.charAt(0));
                boolean shortToken = token.text().length() <= 3;
                if (shortToken && !(leftSet && rightSet)) {
                    return; // banana is not ANA
                }
                if (!leftSet && !decomposes(trailingLetters(left), words)) {
                    return; // pineapple
                }
                if (!rightSet && !decomposes(leadingLetters(right), words)) {
                    return; // applebees, amazonas
                }
                boolean onlyLureWords = true;
                for (String run : letterRuns(left + "-" + right)) {
                    onlyLureWords &= decomposes(run, words);
                }
                double confidence = onlyLureWords ? 0.8 : shortToken ? 0.6 : 0.7;
                for (Brand b : token.brands()) {
                    best[0] = stronger(best[0], new Candidate(b, Technique.TOKEN_IN_LABEL, confidence));
                }
            });
            return best[0];
        }
    }

    // ---- small pieces -------------------------------------------------------------

    /** Confusable skeleton, lower-cased: аmazon, arnazon and amaz0n all become "arnazon". */
    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            // For ASCII the skeleton is a per-character mapping: use the table built from ICU once.
            StringBuilder out = new StringBuilder(lower.length() + 4);
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                out.append(c < ASCII_FOLD.length ? ASCII_FOLD[c] : String.valueOf(c));
            }
            return out.toString();
        }
        return SPOOF.getSkeleton(lower).toLowerCase(Locale.ROOT);
    }

    private static String[] asciiFoldTable() {
        String[] table = new String[128];
        for (char c = 0; c < 128; c++) {
            table[c] = SPOOF.getSkeleton(String.valueOf(c)).toLowerCase(Locale.ROOT);
        }
        return table;
    }

    private static String stripMarks(String s) {
        String d = NFD.normalize(s);
        StringBuilder out = new StringBuilder(d.length());
        d.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenShaped(String t) {
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '_' || (c >= '0' && c <= '9');
    }

    private static String trailingLetters(String s) {
        int i = s.length();
        while (i > 0 && !isSeparator(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String leadingLetters(String s) {
        int i = 0;
        while (i < s.length() && !isSeparator(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static List<String> letterRuns(String s) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && !isSeparator(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                runs.add(s.substring(start, i));
                start = -1;
            }
        }
        return runs;
    }

    /** The text is a concatenation of words from the set, each optionally plural (support, cojp, shops). */
    static boolean decomposes(String text, Set<String> words) {
        int n = text.length();
        if (n == 0 || n > 64) {
            return false;
        }
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 1; j <= n && j - i <= 16; j++) {
                String piece = text.substring(i, j);
                if (words.contains(piece)) {
                    ok[j] = true;
                    if (j < n && text.charAt(j) == 's') {
                        ok[j + 1] = true;
                    }
                }
            }
        }
        return ok[n];
    }

    /** Two neighbouring characters swapped (amzaon): distance 2 for Levenshtein, one slip for a person. */
    private static boolean swappedNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= a.length()) {
            return false;
        }
        return a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** One edit a person makes by accident (or a look-alike swap), not a different word. */
    private static boolean accidentalEdit(String candidate, String brand) {
        if (swappedNeighbours(candidate, brand)) {
            return true;
        }
        if (candidate.length() == brand.length()) {
            for (int i = 0; i < brand.length(); i++) {
                char x = candidate.charAt(i);
                char y = brand.charAt(i);
                if (x != y) {
                    // Same-row neighbours only: amazom (n→m) is a slip, telco is not tepco.
                    return neighbouringKeys(x, y, true) || LOOK_ALIKE_PAIRS.contains("" + x + y);
                }
            }
            return false;
        }
        if (candidate.length() == brand.length() - 1) {
            return true; // a dropped letter
        }
        if (candidate.length() == brand.length() + 1) {
            for (int i = 0; i < candidate.length(); i++) {
                if (i == brand.length() || candidate.charAt(i) != brand.charAt(i)) {
                    char extra = candidate.charAt(i);
                    char before = i > 0 ? candidate.charAt(i - 1) : 0;
                    char after = i + 1 < candidate.length() ? candidate.charAt(i + 1) : 0;
                    return extra == before || extra == after || extra == '-'
                            || neighbouringKeys(extra, before, false) || neighbouringKeys(extra, after, false);
                }
            }
        }
        return false;
    }

    private static boolean neighbouringKeys(char a, char b, boolean sameRowOnly) {
        if (a == b || a == 0 || b == 0) {
            return false;
        }
        int ra = -1;
        int rb = -1;
        int ca = -1;
        int cb = -1;
        for (int r = 0; r < KEYBOARD.length; r++) {
            if (KEYBOARD[r].indexOf(a) >= 0) {
                ra = r;
                ca = KEYBOARD[r].indexOf(a);
            }
            if (KEYBOARD[r].indexOf(b) >= 0) {
                rb = r;
                cb = KEYBOARD[r].indexOf(b);
            }
        }
        if (ra < 0 || rb < 0 || Math.abs(ra - rb) > (sameRowOnly ? 0 : 1)) {
            return false;
        }
        double dx = Math.abs((ca + KEYBOARD_STAGGER[ra]) - (cb + KEYBOARD_STAGGER[rb]));
        return ra == rb ? dx == 1.0 : dx <= 1.0;
    }

    private static String evidence(String h) {
        if (h.contains("xn--")) {
            String unicode = DomainNames.toUnicode(h);
            return unicode.equals(h) ? h : unicode + " (" + h + ")";
        }
        return h;
    }

    private static Candidate stronger(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.confidence() > a.confidence() ? b : a;
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
