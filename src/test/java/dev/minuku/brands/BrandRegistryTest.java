package dev.minuku.brands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InternetDomainName;
import dev.minuku.domains.DomainNames;
import dev.minuku.domains.FreemailProviders;
import dev.minuku.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

// Behaviour under test: the shipped brand registry (minuku/brands.yaml) is
// complete, sourced and internally consistent, and BrandRegistry answers who
// owns a host and what the owner uses it for. Data errors fail here, at build
// time, not in a verdict.
class BrandRegistryTest {

    /** The data as written; data checks read this so that one fault does not hide the others. */
    private static final List<Brand> BRANDS = readDefaultData();

    private static final Set<String> SECTORS = Set.of("ecommerce", "card", "bank", "securities", "lending", "payment",
            "crypto", "delivery", "telecom", "utility", "government", "travel", "transport", "tech", "social",
            "marketplace", "media");

    /** DESIGN.md's most-impersonated brands in Japan, by registry id. */
    private static final List<String> DESIGN_JAPAN_BRANDS = List.of("amazon", "apple", "smbc-card", "aeon-card", "jcb",
            "visa", "saison-card", "rakuten", "rakuten-card", "rakuten-bank", "rakuten-sec", "paypay", "mercari", "eki-net",
            "etc-meisai", "yamato", "sagawa", "japan-post", "tepco", "docomo", "au-kddi", "softbank", "nta-etax", "myna",
            "sbi-sec", "ana", "jal", "ja-bank", "yucho", "mufg-bank");

    /** Brands of the CAPJ/BBSS rankings in research/brands.md, and the global ones the issue names. */
    private static final List<String> RANKING_AND_GLOBAL_BRANDS = List.of("epos-card", "amex", "paidy", "nomura", "matsui",
            "resona", "monex", "smbc-bank", "mizuho", "orico", "promise", "line", "yahoo-japan", "google", "microsoft",
            "paypal", "netflix", "dhl", "fedex", "ups", "meta", "instagram", "x", "spotify", "disney-plus", "uber",
            "booking", "airbnb", "coinbase", "bitflyer", "mastercard", "dropbox", "docusign", "adobe");

    /** Three-letter tokens distinctive enough to keep; a matcher takes them only as whole segments. */
    private static final Set<String> SHORT_TOKENS = Set.of("jcb", "sbi", "jal", "ana", "dhl", "ups");

    /** Words that would match innocent domains or mail if used as a token or alias. */
    private static final Set<String> GENERIC_WORDS = Set.of("post", "mail", "card", "bank", "line", "pay", "shop", "login",
            "account", "secure", "support", "service", "info", "online", "meta", "booking", "promise", "outlook", "etc",
            "x", "au", "カード", "銀行", "郵便", "メール", "証券", "お知らせ", "お客様", "事務局", "宅急便", "税務署");

    /** Shared mail and hosting platforms: a brand may list its own tenant host there, never the platform itself. */
    private static final Set<String> SHARED_PLATFORMS = Set.of("sendgrid.net", "amazonaws.com", "salesforce.com",
            "exacttarget.com", "mailchimp.com", "mcsv.net", "zendesk.com", "medallia.com", "okbiz.jp", "dnp-cdms.jp",
            "sharepoint.com", "web.app", "firebaseapp.com");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ASCII_HOST = Pattern.compile("[a-z0-9.-]+");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void defaultRegistryLoadsWithAtLeastFortyFiveBrands() {
        BrandRegistry loaded = BrandRegistry.loadDefault();
        assertTrue(loaded.all().size() >= 45, "brands: " + loaded.all().size());
    }

    @Test
    void everyBrandHasIdNamesSectorAliasesAndDomains() {
        for (Brand b : BRANDS) {
            assertTrue(ID.matcher(b.id()).matches(), "id " + b.id());
            assertFalse(isBlank(b.nameJa()), b.id() + " nameJa");
            assertFalse(isBlank(b.nameEn()), b.id() + " nameEn");
            assertTrue(SECTORS.contains(b.sector()), b.id() + " sector " + b.sector());
            assertFalse(b.aliases().isEmpty(), b.id() + " has no alias");
            assertFalse(b.domainLists().isEmpty(), b.id() + " has no domain list");
            b.domainLists().forEach(l -> assertFalse(l.domains().isEmpty(), b.id() + " has an empty domain list"));
        }
    }

    @Test
    void brandIdsAreUnique() {
        Set<String> seen = new java.util.HashSet<>();
        BRANDS.forEach(b -> assertTrue(seen.add(b.id()), "duplicate id " + b.id()));
    }

    @Test
    void everyDesignJapanBrandAndEveryRankedOrGlobalBrandIsPresent() {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        BRANDS.forEach(b -> ids.add(b.id()));
        for (String id : concat(DESIGN_JAPAN_BRANDS, RANKING_AND_GLOBAL_BRANDS)) {
            if (!ids.contains(id)) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDomainListAndPolicyCitesAnHttpSource() {
        for (Brand b : BRANDS) {
            b.domainLists().forEach(l -> assertHttpUrl(l.source(), b.id() + " domain list " + l.domains()));
            b.policies().forEach(p -> assertHttpUrl(p.source(), b.id() + " policy " + p.type()));
        }
    }

    @Test
    void everyDomainIsLowerCaseAsciiAndRegistrableUnderAPublicSuffix() {
        for (Brand b : BRANDS) {
            for (String d : b.officialDomains()) {
                String where = b.id() + ": " + d;
                assertTrue(ASCII_HOST.matcher(d).matches(), where + " is not lower-case ASCII");
                assertEquals(Optional.of(d), DomainNames.toAscii(d), where + " is not a canonical host name");
                assertTrue(InternetDomainName.isValid(d), where + " is not a valid domain");
                // A public suffix (or a host on none) would make every site below it "official".
                assertTrue(InternetDomainName.from(d).isUnderPublicSuffix(), where + " is not under a public suffix");
            }
        }
    }

    @Test
    void everyDomainListSaysWhatTheBrandUsesItForWithKnownWords() {
        for (Brand b : BRANDS) {
            for (Brand.DomainList l : b.domainLists()) {
                assertFalse(l.use().isEmpty(), b.id() + " " + l.domains() + " has no use");
                assertTrue(BrandRegistry.DOMAIN_USES.containsAll(l.use()), b.id() + " unknown use " + l.use());
            }
        }
    }

    @Test
    void noDomainIsListedByTwoBrands() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Brand b : BRANDS) {
            for (String d : b.officialDomains()) {
                String previous = owner.putIfAbsent(d, b.id());
                if (previous != null && !previous.equals(b.id())) {
                    shared.add(d + " (" + previous + ", " + b.id() + ")");
                }
            }
        }
        assertEquals(List.of(), shared);
    }

    @Test
    void sharedMailAndHostingPlatformsAreNeverListedWhole() {
        for (Brand b : BRANDS) {
            for (String d : b.officialDomains()) {
                assertFalse(SHARED_PLATFORMS.contains(d), b.id() + " lists the shared platform " + d);
            }
        }
    }

    @Test
    void freeMailDomainsInTheRegistryAreNeverOfficialSenders() {
        // Anyone can get an address at gmail.com or icloud.com: owning the domain must not clear a sender.
        for (Brand b : BRANDS) {
            for (Brand.DomainList l : b.domainLists()) {
                for (String d : l.domains()) {
                    if (FreemailProviders.isFreemail(d)) {
                        assertFalse(l.use().contains(BrandRegistry.USE_MAIL), b.id() + " " + d + " is free mail");
                        assertTrue(l.use().contains(BrandRegistry.USE_USER_MAIL), b.id() + " " + d + " is free mail");
                    }
                }
            }
        }
    }

    @Test
    void tokensAreLowerCaseAsciiLongEnoughUniqueAndNotOrdinaryWords() {
        Map<String, String> owner = new HashMap<>();
        for (Brand b : BRANDS) {
            for (String t : b.tokens()) {
                String where = b.id() + " token " + t;
                assertTrue(TOKEN.matcher(t).matches(), where + " is not lower-case ASCII");
                assertTrue(t.length() >= 4 || SHORT_TOKENS.contains(t), where + " is too short to be distinctive");
                assertFalse(GENERIC_WORDS.contains(t), where + " is an ordinary word");
                String previous = owner.putIfAbsent(t, b.id());
                assertTrue(previous == null, where + " also belongs to " + previous);
            }
        }
    }

    @Test
    void aliasesAreSpecificAndNoNormalizedAliasIsRepeated() {
        Map<String, String> owner = new HashMap<>();
        for (Brand b : BRANDS) {
            for (String a : b.aliases()) {
                String folded = TextNormalizer.forMatching(a).strip();
                String where = b.id() + " alias " + a;
                assertFalse(GENERIC_WORDS.contains(folded), where + " is a generic word");
                assertTrue(folded.codePointCount(0, folded.length()) >= 2, where + " is too short");
                if (folded.chars().allMatch(c -> c < 0x80)) {
                    assertTrue(folded.length() >= 3, where + " is too short for ASCII text");
                }
                // Width and case variants come free from NFKC; listing them twice is noise.
                String previous = owner.putIfAbsent(folded, b.id());
                assertTrue(previous == null, where + " repeats an alias of " + previous);
            }
        }
    }

    @Test
    void aBrandWhoseAliasContainsAnotherBrandsAliasIsListedFirst() {
        // e.g. 楽天カード before 楽天, SMBCカード before SMBC: a first-match search must meet the longer name first.
        List<Brand> all = BRANDS;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                for (String longer : all.get(i).aliases()) {
                    for (String shorter : all.get(j).aliases()) {
                        String l = TextNormalizer.forMatching(longer);
                        String s = TextNormalizer.forMatching(shorter);
                        if (!l.equals(s) && l.contains(s)) {
                            wrong.add(all.get(i).id() + " '" + longer + "' after " + all.get(j).id() + " '" + shorter + "'");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void policiesUseOnlyKnownTypes() {
        for (Brand b : BRANDS) {
            b.policies().forEach(p -> assertTrue(BrandRegistry.POLICY_TYPES.contains(p.type()),
                    b.id() + " unknown policy type " + p.type()));
        }
    }

    @Test
    void policyValuesFitTheirType() {
        for (Brand b : BRANDS) {
            for (Brand.Policy p : b.policies()) {
                String where = b.id() + " " + p.type();
                switch (p.type()) {
                    case "forbidden-link-tlds" -> {
                        assertFalse(p.values().isEmpty(), where + " names no TLD");
                        for (String tld : p.values()) {
                            assertTrue(tld.matches("[a-z]{2,}"), where + " value " + tld);
                            // A brand cannot forbid a TLD its own link domains use.
                            for (String d : b.officialDomains()) {
                                assertFalse(DomainNames.tld(d).equals(tld), where + " but " + d + " ends in ." + tld);
                            }
                        }
                    }
                    case "login-hosts" -> {
                        assertFalse(p.values().isEmpty(), where + " names no host");
                        p.values().forEach(h -> assertTrue(registry().isOfficialLink(b, h), where + " host " + h + " is not its link"));
                    }
                    default -> assertEquals(List.of(), p.values(), where + " takes no values");
                }
            }
        }
    }

    @Test
    void thePublishedNegativeRulesAreRecorded() {
        assertTrue(hasPolicy("nta-etax", "no-links"));
        assertTrue(hasPolicy("nta-etax", "no-sms"));
        assertTrue(hasPolicy("japan-post", "no-sms"));
        assertTrue(hasPolicy("yamato", "no-sms"));
        assertTrue(hasPolicy("sagawa", "no-sms"));
        assertTrue(hasPolicy("smbc-card", "named-greeting"));
        assertEquals(List.of("com", "net", "top"), policy("japan-post", "forbidden-link-tlds").values());
        assertEquals(List.of("my.softbank.jp", "id.my.softbank.jp"), policy("softbank", "login-hosts").values());
    }

    @Test
    void aSubdomainOfAnOfficialDomainBelongsToTheBrand() {
        assertEquals(Optional.of("amazon"), ownerId("gc.email.amazon.co.jp"));
        assertEquals(Optional.of("amazon"), ownerId("www.amazon.co.jp"));
        assertEquals(Optional.of("amazon"), ownerId("WWW.Amazon.CO.JP."), "case and the root dot do not matter");
    }

    @Test
    void aLookalikeThatOnlyContainsTheBrandDoesNotBelongToIt() {
        // The brand name inside a label, or the real domain as a prefix of another, is the lookalike trick itself.
        assertEquals(Optional.empty(), ownerId("evil-amazon.co.jp"));
        assertEquals(Optional.empty(), ownerId("amazon.co.jp.evil.top"));
        assertEquals(Optional.empty(), ownerId("emailamazoncojp.cf"));
        assertEquals(Optional.empty(), ownerId("co.jp"));
        assertEquals(Optional.empty(), ownerId(""));
        assertEquals(Optional.empty(), ownerId(null));
    }

    @Test
    void theMostSpecificListedDomainDecidesTheOwner() {
        // japanpost.jp itself is listed by nobody: the bank and the post office are different brands.
        assertEquals(Optional.of("yucho"), ownerId("www.jp-bank.japanpost.jp"));
        assertEquals(Optional.of("japan-post"), ownerId("www.post.japanpost.jp"));
        assertEquals(Optional.empty(), ownerId("www.japanpost.jp"));
        assertEquals(Optional.of("rakuten"), ownerId("mkrm.rakuten.co.jp"));
    }

    @Test
    void aFreeMailAddressOfABrandIsOwnedButIsNotAnOfficialSender() {
        Brand google = registry().byId("google").orElseThrow();
        assertEquals(Optional.of("google"), ownerId("gmail.com"));
        assertFalse(registry().isOfficialSender(google, "gmail.com"), "anyone can send from gmail.com");
        assertTrue(registry().isOfficialSender(google, "accounts.google.com"));

        Brand docomo = registry().byId("docomo").orElseThrow();
        assertFalse(registry().isOfficialSender(docomo, "docomo.ne.jp"), "subscribers' addresses");
        assertTrue(registry().isOfficialSender(docomo, "wdy.docomo.ne.jp"));
        assertTrue(registry().isOfficialLink(docomo, "www.docomo.ne.jp"));
    }

    @Test
    void aPageAnyUserCanPublishIsOwnedButIsNotAnOfficialLink() {
        Brand google = registry().byId("google").orElseThrow();
        assertEquals(Optional.of("google"), ownerId("docs.google.com"));
        assertFalse(registry().isOfficialLink(google, "docs.google.com"));
        assertTrue(registry().isOfficialLink(google, "myaccount.google.com"));
    }

    @Test
    void aThirdPartySenderIsOfficialMailForItsBrandOnlyAndNeverALink() {
        Brand ana = registry().byId("ana").orElseThrow();
        Brand jcb = registry().byId("jcb").orElseThrow();
        assertTrue(registry().isOfficialSender(ana, "amadeus.com"));
        assertFalse(registry().isOfficialLink(ana, "www.amadeus.com"));
        assertTrue(registry().isOfficialSender(jcb, "mail-jcn.dnp-cdms.jp"));
        // Only JCB's host on DNP's delivery platform, not the platform.
        assertEquals(Optional.empty(), ownerId("dnp-cdms.jp"));
        assertFalse(registry().isOfficialSender(jcb, "other.dnp-cdms.jp"));
        assertFalse(registry().isOfficialSender(registry().byId("jal").orElseThrow(), "amadeus.com"));
    }

    @Test
    void usesOfAnUnlistedHostIsEmpty() {
        assertEquals(Set.of(), registry().usesOf("example.com"));
        assertEquals(Set.of(), registry().usesOf(null));
    }

    @Test
    void theConstructorRejectsADomainListedByTwoBrands() {
        Brand a = brand("alpha", "alpha.example");
        Brand b = brand("beta", "beta.example", "alpha.example");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BrandRegistry(List.of(a, b)));
        assertTrue(e.getMessage().contains("alpha.example"), e.getMessage());
    }

    @Test
    void theConstructorAcceptsOneBrandListingADomainInTwoLists() {
        Brand a = new Brand("alpha", "アルファ", "Alpha", "tech", List.of("Alpha"), List.of(), List.of(
                new Brand.DomainList(List.of("alpha.example"), List.of("mail"), "https://alpha.example/", null),
                new Brand.DomainList(List.of("alpha.example"), List.of("links"), "https://alpha.example/", null)), List.of());
        BrandRegistry r = new BrandRegistry(List.of(a));
        assertEquals(Set.of("mail", "links"), r.usesOf("www.alpha.example"));
    }

    @Test
    void theConstructorRejectsADuplicateId() {
        assertThrows(IllegalArgumentException.class,
                () -> new BrandRegistry(List.of(brand("alpha", "a.example"), brand("alpha", "b.example"))));
    }

    @Test
    void yamlWithAnUnknownFieldIsRejected() {
        // A typo such as "domain:" must fail loudly instead of silently dropping the domains.
        String yaml = "- id: alpha\n  nameJa: A\n  nameEn: A\n  sector: tech\n  aliases: [Alpha]\n  domain: [a.example]\n";
        assertThrows(Exception.class,
                () -> BrandRegistry.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<Brand> readDefaultData() {
        try (InputStream in = BrandRegistryTest.class.getClassLoader().getResourceAsStream(BrandRegistry.DEFAULT_RESOURCE)) {
            return BrandRegistry.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BrandRegistry registry;

    /** Built on first use, so that a fault the constructor rejects fails only the tests that need the registry. */
    private static synchronized BrandRegistry registry() {
        if (registry == null) {
            registry = BrandRegistry.loadDefault();
        }
        return registry;
    }

    private static Brand brand(String id, String... domains) {
        return new Brand(id, id, id, "tech", List.of(id), List.of(), List.of(
                new Brand.DomainList(List.of(domains), List.of("mail", "links"), "https://" + domains[0] + "/", null)),
                List.of());
    }

    private static Optional<String> ownerId(String host) {
        return registry().ownerOf(host).map(Brand::id);
    }

    private static boolean hasPolicy(String brandId, String type) {
        return dataBrand(brandId).policies().stream().anyMatch(p -> p.type().equals(type));
    }

    private static Brand.Policy policy(String brandId, String type) {
        return dataBrand(brandId).policies().stream().filter(p -> p.type().equals(type)).findFirst().orElseThrow();
    }

    private static Brand dataBrand(String id) {
        return BRANDS.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertHttpUrl(String source, String where) {
        assertFalse(isBlank(source), where + " has no source");
        URI uri = URI.create(source);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        assertTrue(scheme.equals("https") || scheme.equals("http"), where + " source " + source);
        assertFalse(isBlank(uri.getHost()), where + " source " + source);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
