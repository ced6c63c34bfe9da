package dev.minuku.brands;

import dev.minuku.analysis.EmailMessage;
import dev.minuku.text.CjkText;
import dev.minuku.text.KeywordMatcher;
import dev.minuku.text.MatchText;
import dev.minuku.text.NormalizedText;
import dev.minuku.text.TextNormalizer;
import dev.minuku.text.TextPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the brand a mail claims to come from, using only the registry's data
 * (aliases, Japanese and English names, domain tokens).
 * <p>
 * Places are searched in order: display name, subject, link texts, body, then the
 * sender address's local part ("supportnetflix@..."). A body claim says whether the
 * brand stands in the mail's letterhead or the sender's address too (see
 * {@code bodyPlace}); elsewhere in the body it may be a mere mention. Display name, subject and link
 * texts are short, so they are also read through confusable skeletons: "AppIe",
 * Cyrillic "Аmazon", small capitals and 𝐛𝐨𝐥𝐝 letters meet their brand, and the
 * claim is marked {@link BrandClaim#obfuscated()} because it needed more than width
 * and case folding. The body is read through NFKC only (one automaton pass).
 * <p>
 * Latin aliases must start at a word boundary ("apple" is not in "pineapple");
 * aliases of four Latin letters or fewer need a boundary on both sides, and
 * when the registry writes them in capitals (JCB, ETC) the mail must too, so
 * "etc." claims nothing.
 */
public final class BrandClaimDetector {

    /** Short fields longer than this are read through NFKC only. */
    static final int SKELETON_LIMIT = 2000;
    private static final int SHORT_LATIN_LETTERS = 4;

    /** One way to write a brand's name. */
    private record Alias(Brand brand, String written, boolean latinStart, boolean latinEnd, boolean shortLatin,
            boolean capitalsOnly) {
    }

    /** One form of a name (folded, skeleton or address form) and the aliases written so: an automaton's value. */
    private record Name(String form, List<Alias> aliases) {
    }

    /** One alias found in one place. */
    private record Match(Alias alias, TextPart part, int start, int end, String matched, boolean obfuscated) {
    }

    private final BrandRegistry registry;
    private final KeywordMatcher<Name> folded;
    private final KeywordMatcher<Name> skeletons;
    private final KeywordMatcher<Name> localParts;
    /** brand id → every alias with only width and case folded: what a plain spelling looks like. */
    private final Map<String, Set<String>> plainSpellings;

    public BrandClaimDetector(BrandRegistry registry) {
        this.registry = registry;
        Map<String, List<Alias>> folded = new HashMap<>();
        Map<String, List<Alias>> skeletons = new HashMap<>();
        Map<String, List<Alias>> locals = new HashMap<>();
        Map<String, Set<String>> plain = new HashMap<>();
        for (Brand b : registry.all()) {
            Set<String> names = new LinkedHashSet<>(b.aliases());
            addIfPresent(names, b.nameJa());
            addIfPresent(names, b.nameEn());
            Set<String> spellings = new HashSet<>();
            for (String name : names) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                Alias alias = alias(b, n);
                spellings.add(TextNormalizer.plainFold(n));
                put(folded, TextNormalizer.fold(n).despaced(), alias);
                put(skeletons, TextNormalizer.skeleton(n).text(), alias);
                String compact = asciiCompact(TextNormalizer.forMatching(n));
                if (compact.length() >= SHORT_LATIN_LETTERS) {
                    put(locals, compact, alias);
                }
            }
            for (String token : b.tokens()) {
                String t = asciiCompact(token.toLowerCase(Locale.ROOT));
                if (!t.isEmpty()) {
                    put(locals, t, new Alias(b, token, true, true, t.length() < SHORT_LATIN_LETTERS, false));
                }
            }
            plain.put(b.id(), Set.copyOf(spellings));
        }
        this.plainSpellings = Map.copyOf(plain);
        this.folded = matcher(folded);
        this.skeletons = matcher(skeletons);
        this.localParts = matcher(locals);
    }

    public Optional<BrandClaim> detect(EmailMessage message, MatchText text) {
        Map<TextPart, List<Match>> found = new LinkedHashMap<>();
        for (TextPart part : new TextPart[] {TextPart.FROM_NAME, TextPart.SUBJECT, TextPart.LINK_TEXT}) {
            found.put(part, shortField(text.part(part), part));
        }
        found.put(TextPart.BODY, foldedMatches(text.part(TextPart.BODY), TextPart.BODY));

        Match claim = null;
        for (TextPart part : new TextPart[] {TextPart.FROM_NAME, TextPart.SUBJECT, TextPart.LINK_TEXT}) {
            claim = earliest(found.get(part));
            if (claim != null) {
                break;
            }
        }
        String bodyPlace = null;
        if (claim == null) {
            claim = mostFrequent(found.get(TextPart.BODY));
            if (claim != null) {
                bodyPlace = bodyPlace(message, text, claim.alias().brand(), found.get(TextPart.BODY));
            }
        }
        if (claim == null) {
            return localPartClaim(message);
        }
        if (!claim.obfuscated()) {
            // A disguised spelling anywhere betrays the claim, even when another place spells it plainly.
            String id = claim.alias().brand().id();
            for (List<Match> matches : found.values()) {
                for (Match m : matches) {
                    if (m.obfuscated() && m.alias().brand().id().equals(id)) {
                        claim = m;
                        break;
                    }
                }
                if (claim.obfuscated()) {
                    break;
                }
            }
        }
        String where = claim.part() == TextPart.BODY && bodyPlace != null ? bodyPlace : claim.part().wireName();
        return Optional.of(new BrandClaim(claim.alias().brand(), where, claim.matched(), claim.obfuscated()));
    }

    /**
     * Where a brand named in the body presents the mail as that brand rather than
     * mentioning it: the sender's own address names it too ({@code sender-address},
     * "supportnetflix@…" with "Netflix" in the text), or the body carries it in a
     * letterhead ({@link #LETTERHEAD}): the name alone on the body's first line (a
     * cloned template's logo text) or on a copyright line ("© Amazon.com, Inc.").
     * A shop that merely names a brand ("PayPayが使えます") does neither. Null: a mention.
     */
    private String bodyPlace(EmailMessage message, MatchText text, Brand brand, List<Match> bodyMatches) {
        Optional<BrandClaim> local = localPartClaim(message);
        if (local.isPresent() && local.get().brand().id().equals(brand.id())) {
            return "sender-address";
        }
        String body = text.part(TextPart.BODY).original();
        for (Match m : bodyMatches) {
            if (m.alias().brand().id().equals(brand.id()) && letterhead(body, m.start(), m.end())) {
                return LETTERHEAD;
            }
        }
        return null;
    }

    /** {@link BrandClaim#where()} of a brand in the body's letterhead (logo line or copyright line). */
    public static final String LETTERHEAD = "body-letterhead";

    private static final String OPENING = "【[<(「『〔［＜（|｜";
    private static final String CLOSING = "】]>)」』〕］＞）|｜";

    /** A letterhead or copyright line is short; a longer line is neither (and bounds the work per match). */
    static final int MAX_LETTERHEAD_LINE = 300;

    /** The match stands alone on the body's first line, or on a copyright line. */
    static boolean letterhead(String body, int start, int end) {
        if (start < 0 || end > body.length() || start >= end) {
            return false;
        }
        int lineStart = start;
        while (lineStart > 0 && body.charAt(lineStart - 1) != '\n') {
            if (start - lineStart >= MAX_LETTERHEAD_LINE) {
                return false;
            }
            lineStart--;
        }
        int lineEnd = end;
        while (lineEnd < body.length() && body.charAt(lineEnd) != '\n') {
            if (lineEnd - lineStart >= MAX_LETTERHEAD_LINE) {
                return false;
            }
            lineEnd++;
        }
        String lower = body.substring(lineStart, lineEnd).toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u00A9') >= 0 || lower.contains("copyright") || lower.contains("all rights reserved")) {
            return true;
        }
        int first = 0;
        while (first < lineStart && Character.isWhitespace(body.charAt(first))) {
            first++;
        }
        if (first < lineStart) {
            return false; // not the first line with text
        }
        return onlyMarks(body, lineStart, start, OPENING) && onlyMarks(body, end, lineEnd, CLOSING);
    }

    private static boolean onlyMarks(String s, int from, int to, String marks) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && marks.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Every brand named anywhere in the text (display name included), in order of first appearance. */
    public List<Brand> mentioned(MatchText text) {
        Map<String, Brand> out = new LinkedHashMap<>();
        for (TextPart part : new TextPart[] {TextPart.FROM_NAME, TextPart.SUBJECT}) {
            shortField(text.part(part), part).forEach(m -> out.putIfAbsent(m.alias().brand().id(), m.alias().brand()));
        }
        for (TextPart part : new TextPart[] {TextPart.BODY, TextPart.LINK_TEXT}) {
            foldedMatches(text.part(part), part).forEach(m -> out.putIfAbsent(m.alias().brand().id(), m.alias().brand()));
        }
        return List.copyOf(out.values());
    }

    public BrandRegistry registry() {
        return registry;
    }

    /** A short field read both ways: NFKC (spaced-out names too) and confusable skeletons. */
    private List<Match> shortField(NormalizedText field, TextPart part) {
        List<Match> matches = foldedMatches(field, part);
        if (field.isEmpty() || field.original().length() > SKELETON_LIMIT) {
            return matches;
        }
        NormalizedText skeleton = TextNormalizer.skeleton(field.original());
        String s = skeleton.text();
        List<Match> out = new ArrayList<>(matches);
        skeletons.forEach(s, (start, end, name) -> {
            for (Alias a : name.aliases()) {
                if (!boundaries(s, start, end, a)) {
                    continue;
                }
                String matched = skeleton.originalSpan(start, end);
                if (a.capitalsOnly() && !capitals(matched)) {
                    continue;
                }
                out.add(new Match(a, part, skeleton.originalStart(start), skeleton.originalEnd(end), matched,
                        disguised(a, matched)));
            }
        });
        return out;
    }

    /** Aliases found in the NFKC, despaced form of a field. */
    private List<Match> foldedMatches(NormalizedText field, TextPart part) {
        if (field.isEmpty()) {
            return List.of();
        }
        String d = field.despaced();
        List<Match> out = new ArrayList<>();
        folded.forEach(d, (start, end, name) -> {
            for (Alias a : name.aliases()) {
                if (!boundaries(d, start, end, a)) {
                    continue;
                }
                String matched = field.originalSpanOfDespaced(start, end);
                if (a.capitalsOnly() && !capitals(matched)) {
                    continue;
                }
                out.add(new Match(a, part, field.originalIndexOfDespaced(start), field.originalEndOfDespaced(end),
                        matched, disguised(a, matched)));
            }
        });
        return out;
    }

    private Optional<BrandClaim> localPartClaim(EmailMessage message) {
        String address = message.from().address().strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        String written = address.substring(0, at);
        String local = written.toLowerCase(Locale.ROOT);
        BrandClaim[] first = new BrandClaim[1];
        localParts.forEachUntil(local, (start, end, name) -> {
            for (Alias a : name.aliases()) {
                // Short tokens ("au") must be a whole word of the local part ("au-info", not "paul").
                if (a.shortLatin() && !boundaries(local, start, end, a)) {
                    continue;
                }
                String matched = local.length() == written.length() ? written.substring(start, end) : name.form();
                first[0] = new BrandClaim(a.brand(), "sender-address", matched, false);
                return false;
            }
            return true;
        });
        return Optional.ofNullable(first[0]);
    }

    private static Match earliest(List<Match> matches) {
        Match best = null;
        for (Match m : matches) {
            if (best == null || m.start() < best.start()
                    || (m.start() == best.start() && m.matched().length() > best.matched().length())) {
                best = m;
            }
        }
        return best;
    }

    /** In the body: the brand named most often, the earliest on a tie. */
    private static Match mostFrequent(List<Match> matches) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Match> first = new LinkedHashMap<>();
        for (Match m : matches) {
            String id = m.alias().brand().id();
            counts.merge(id, 1, Integer::sum);
            Match f = first.get(id);
            if (f == null || m.start() < f.start()) {
                first.put(id, m);
            }
        }
        Match best = null;
        for (Match m : first.values()) {
            String id = m.alias().brand().id();
            if (best == null) {
                best = m;
                continue;
            }
            int c = counts.get(id);
            int bc = counts.get(best.alias().brand().id());
            if (c > bc || (c == bc && m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    /** The spelling needed more than width and case folding to meet the alias. */
    private boolean disguised(Alias alias, String matched) {
        if (matched.equals(alias.written())) {
            return false; // written as the registry writes it, whose plain fold is one of the plain spellings
        }
        return !plainSpellings.getOrDefault(alias.brand().id(), Set.of()).contains(TextNormalizer.plainFold(matched));
    }

    private static boolean boundaries(String s, int start, int end, Alias a) {
        if (a.latinStart() && start > 0 && CjkText.isWordChar(s.charAt(start - 1))) {
            return false;
        }
        return !(a.shortLatin() && a.latinEnd() && end < s.length() && CjkText.isWordChar(s.charAt(end)));
    }

    /** Written in capitals as the registry writes the alias (full-width and look-alike capitals count). */
    private static boolean capitals(String matched) {
        boolean letter = false;
        for (int i = 0; i < matched.length(); ) {
            int cp = matched.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            letter |= Character.isLetter(cp);
        }
        return letter;
    }

    private static Alias alias(Brand b, String name) {
        String n = TextNormalizer.forMatching(name);
        boolean latinStart = !n.isEmpty() && CjkText.isWordChar(n.charAt(0));
        boolean latinEnd = !n.isEmpty() && CjkText.isWordChar(n.charAt(n.length() - 1));
        int letters = 0;
        boolean allLatin = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (CjkText.isWordChar(c)) {
                letters++;
            } else if (c != ' ' && c != '.' && c != '-') {
                allLatin = false;
            }
        }
        boolean shortLatin = allLatin && letters <= SHORT_LATIN_LETTERS;
        boolean capitalsOnly = shortLatin && name.chars().anyMatch(Character::isUpperCase)
                && name.chars().noneMatch(Character::isLowerCase);
        return new Alias(b, name, latinStart, latinEnd, shortLatin, capitalsOnly);
    }

    private static void addIfPresent(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
    }

    /** Lower-case ASCII letters and digits only: how a name appears inside an address ("supportnetflix"). */
    private static String asciiCompact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c >= 0x80) {
                return "";
            }
        }
        return out.toString();
    }

    private static void put(Map<String, List<Alias>> map, String key, Alias alias) {
        if (key == null || key.isBlank()) {
            return;
        }
        List<Alias> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.stream().noneMatch(a -> a.brand().id().equals(alias.brand().id()) && a.written().equals(alias.written()))) {
            list.add(alias);
        }
    }

    private static KeywordMatcher<Name> matcher(Map<String, List<Alias>> map) {
        Map<String, Name> names = new HashMap<>();
        map.forEach((form, aliases) -> names.put(form, new Name(form, List.copyOf(aliases))));
        return new KeywordMatcher<>(names);
    }
}
