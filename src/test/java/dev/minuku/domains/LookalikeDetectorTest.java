package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.Lookalike.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// The lookalike detector answers "which brand does this host imitate, and how"
// for the tricks scams use (brand token in a label, brand domain as subdomain,
// homographs, typos, other endings), and stays quiet for official domains,
// brand infrastructure and ordinary names that merely contain a brand's letters.
class LookalikeDetectorTest {

    private static final BrandRegistry REGISTRY = registry();
    private static final LookalikeDetector DETECTOR = new LookalikeDetector(REGISTRY);

    /** amazon, apple and mercari from the shipped file, plus brands that exercise short and third-party cases. */
    private static BrandRegistry registry() {
        List<Brand> brands = new ArrayList<>(BrandRegistry.loadDefault().all().stream()
                .filter(b -> List.of("amazon", "apple", "mercari").contains(b.id())).toList());
        brands.add(brand("ana", List.of("ana"), "ana.co.jp", "amadeus.com"));
        brands.add(brand("jal", List.of("jal"), "jal.co.jp"));
        brands.add(brand("jcb", List.of("jcb"), "jcb.co.jp", "dnp-cdms.jp"));
        brands.add(brand("paypal", List.of("paypal"), "paypal.com"));
        brands.add(brand("rakuten-card", List.of("rakuten"), "rakuten-card.co.jp"));
        brands.add(brand("tepco", List.of("tepco"), "tepco.co.jp"));
        return new BrandRegistry(brands);
    }

    static Brand brand(String id, List<String> tokens, String... domains) {
        return new Brand(id, id, id, "test", List.of(id), tokens,
                List.of(new Brand.DomainList(List.of(domains), null, "https://example.org/source", null)), null);
    }

    private static void assertImitates(String host, String brand, Technique technique) {
        Optional<Lookalike> found = DETECTOR.detect(host);
        assertTrue(found.isPresent(), host + " should imitate " + brand);
        assertEquals(brand, found.get().brand().id(), host);
        assertEquals(technique, found.get().technique(), host);
        assertTrue(found.get().confidence() > 0 && found.get().confidence() <= 1, host);
    }

    private static void assertNotALookalike(String host) {
        assertEquals(Optional.empty(), DETECTOR.detect(host), host);
    }

    private static double confidence(String host) {
        return DETECTOR.detect(host).orElseThrow().confidence();
    }

    // ---- brand token inside a label -------------------------------------------

    @Test
    void brandTokenGluedToLureWordsAndADomainEndingIsTokenInLabel() {
        assertImitates("emailamazoncojp.cf", "amazon", Technique.TOKEN_IN_LABEL);
        assertEquals(0.8, confidence("emailamazoncojp.cf"), 1e-9);
    }

    @Test
    void shortBrandTokenSetOffByAHyphenIsTokenInLabel() {
        assertImitates("amzn-verify.ml", "amazon", Technique.TOKEN_IN_LABEL);
    }

    @Test
    void tokenWithAnUnknownWordIsWeakerThanTokenWithLureWords() {
        assertImitates("amazon-xkq.top", "amazon", Technique.TOKEN_IN_LABEL);
        assertTrue(confidence("amazon-xkq.top") < confidence("amazon-secure-login.top"));
    }

    @Test
    void threeLetterTokenAsAWholeSegmentIsTokenInLabel() {
        assertImitates("jcb-card.top", "jcb", Technique.TOKEN_IN_LABEL);
        assertImitates("ana-mileage.xyz", "ana", Technique.TOKEN_IN_LABEL);
        assertImitates("my2jcb.com", "jcb", Technique.TOKEN_IN_LABEL);
    }

    @Test
    void tokenOnAFreeHostingPlatformSiteIsTokenInLabel() {
        assertImitates("amazon-verify.web.app", "amazon", Technique.TOKEN_IN_LABEL);
    }

    @Test
    void tokenWrittenWithLookAlikeDigitsIsStillFound() {
        assertImitates("amaz0n-login.com", "amazon", Technique.TOKEN_IN_LABEL);
        assertImitates("arnazon-verify.top", "amazon", Technique.TOKEN_IN_LABEL);
    }

    @Test
    void brandHyphenatedNameNotListedAsOfficialIsTokenInLabel() {
        // Decision: paypal-community.com is PayPal's genuine forum, but its shape is
        // exactly that of scam domains (paypal-support.com). A brand's genuine
        // hyphenated domains must be listed in the registry; then they are official.
        assertImitates("paypal-community.com", "paypal", Technique.TOKEN_IN_LABEL);
        BrandRegistry listed = new BrandRegistry(List.of(
                brand("paypal", List.of("paypal"), "paypal.com", "paypal-community.com")));
        assertEquals(Optional.empty(), new LookalikeDetector(listed).detect("www.paypal-community.com"));
    }

    // ---- brand domain as subdomain -------------------------------------------

    @Test
    void officialDomainAsLabelsOfAnotherSiteIsBrandAsSubdomain() {
        assertImitates("amazon.co.jp.example.top", "amazon", Technique.BRAND_AS_SUBDOMAIN);
        assertEquals(0.95, confidence("amazon.co.jp.example.top"), 1e-9);
        assertImitates("signin.www.amazon.co.jp.account-check.xyz", "amazon", Technique.BRAND_AS_SUBDOMAIN);
    }

    @Test
    void officialDomainGluedWithAHyphenIsBrandAsSubdomain() {
        assertImitates("amazon.co.jp-security.com", "amazon", Technique.BRAND_AS_SUBDOMAIN);
    }

    @Test
    void shortOfficialDomainAsLabelsIsBrandAsSubdomain() {
        assertImitates("www.jcb.co.jp.verify.top", "jcb", Technique.BRAND_AS_SUBDOMAIN);
    }

    @Test
    void brandNameAsASubdomainLabelIsAWeakBrandAsSubdomain() {
        assertImitates("amazon.evil-site.top", "amazon", Technique.BRAND_AS_SUBDOMAIN);
        assertEquals(0.6, confidence("amazon.evil-site.top"), 1e-9);
    }

    @Test
    void tokenInsideASubdomainLabelIsTokenInLabel() {
        assertImitates("secure-amazon-login.evil-site.top", "amazon", Technique.TOKEN_IN_LABEL);
    }

    // ---- homographs and punycode ----------------------------------------------

    @Test
    void cyrillicLetterInTheBrandNameIsAHomograph() {
        String host = DomainNames.toAscii("аmazon.com").orElseThrow();
        assertEquals("xn--mazon-3ve.com", host);
        assertImitates(host, "amazon", Technique.HOMOGRAPH);
        Lookalike l = DETECTOR.detect(host).orElseThrow();
        assertEquals(0.95, l.confidence(), 1e-9);
        assertTrue(l.evidence().contains("аmazon.com") && l.evidence().contains("xn--"), l.evidence());
    }

    @Test
    void homographBrandTokenWithExtraWordsIsAHomograph() {
        assertImitates(DomainNames.toAscii("аpple-id-verify.com").orElseThrow(), "apple", Technique.HOMOGRAPH);
    }

    @Test
    void accentedLettersDisplayingLikeTheBrandArePunycode() {
        assertImitates(DomainNames.toAscii("amazön.com").orElseThrow(), "amazon", Technique.PUNYCODE);
    }

    // ---- typos ----------------------------------------------------------------

    @Test
    void asciiLookAlikeCharactersAreATypoFoundBySkeleton() {
        assertImitates("arnazon.com", "amazon", Technique.TYPO);
        assertImitates("amaz0n.co.jp", "amazon", Technique.TYPO);
        assertImitates("app1e.com", "apple", Technique.TYPO);
        assertImitates("rnercari.jp", "mercari", Technique.TYPO);
        assertEquals(0.9, confidence("arnazon.com"), 1e-9);
    }

    @Test
    void neighbouringKeyIsATypoGradedByDistance() {
        assertImitates("amazom.co.jp", "amazon", Technique.TYPO);
        double c = confidence("amazom.co.jp");
        assertTrue(c >= 0.6 && c < 0.9, "confidence " + c);
    }

    @Test
    void doubledDroppedAndSwappedLettersAreTypos() {
        assertImitates("amazoon.com", "amazon", Technique.TYPO);
        assertImitates("amazn.com", "amazon", Technique.TYPO);
        assertImitates("amzaon.com", "amazon", Technique.TYPO);
        assertImitates("mercary.jp", "mercari", Technique.TYPO);
    }

    @Test
    void longLabelsAllowTwoEdits() {
        assertImitates("rakutn-crd.co.jp", "rakuten-card", Technique.TYPO);
    }

    // ---- other endings ----------------------------------------------------------

    @Test
    void officialDomainWithAnExtraEndingIsTldSwap() {
        assertImitates("amazon.co.jp.cn", "amazon", Technique.TLD_SWAP);
        assertImitates("www.amazon.co.jp.cn", "amazon", Technique.TLD_SWAP);
    }

    @Test
    void brandLabelPlusCountryFragmentIsTldSwap() {
        assertImitates("amazon-jp.top", "amazon", Technique.TLD_SWAP);
        assertImitates("amazon-co-jp.com", "amazon", Technique.TLD_SWAP);
    }

    @Test
    void sameLabelUnderAnotherEndingIsTldSwap() {
        assertImitates("mercari.shop", "mercari", Technique.TLD_SWAP);
        assertImitates("apple.xyz", "apple", Technique.TLD_SWAP);
    }

    @Test
    void subdomainTrickIsStrongerThanAPlainOtherEnding() {
        assertTrue(confidence("amazon.co.jp.example.top") > confidence("mercari.shop"));
    }

    // ---- must not fire ------------------------------------------------------------

    @Test
    void officialDomainsAreNotLookalikes() {
        // Official for the brand (or below an official domain).
        assertNotALookalike("amazon.co.jp");
        assertNotALookalike("www.amazon.co.jp");
        assertNotALookalike("amazon.jp");
        assertNotALookalike("gc.email.amazon.co.jp");
        assertNotALookalike("appleid.apple.com");
        assertNotALookalike("rakuten-card.co.jp");
    }

    @Test
    void unrelatedDomainsAreNotLookalikes() {
        // No brand's name or letters in them.
        assertNotALookalike("example.com");
        assertNotALookalike("mail.example.co.jp");
    }

    @Test
    void threeLetterTokenInsideAWordIsNotTheBrand() {
        // "ana" inside banana, "jal" nowhere in japan: short tokens count only as whole segments.
        assertNotALookalike("banana.com");
        assertNotALookalike("japan.travel");
        assertNotALookalike("savanna.co.jp");
        assertNotALookalike("jcbcard.com");
    }

    @Test
    void brandInfrastructureIsNotALookalike() {
        // amazonaws.com is Amazon's cloud; scam pages hosted there are caught by
        // the site's own name and by LINK_NOT_OFFICIAL, not by calling AWS a fake Amazon.
        assertNotALookalike("amazonaws.com");
        assertNotALookalike("bucket.s3.amazonaws.com");
        assertNotALookalike("m.media-amazon.com");
    }

    @Test
    void ordinaryNamesContainingABrandWordAreNotLookalikes() {
        // A token glued to letters that are no lure word is how names are made:
        // a restaurant, a fruit, a region, a news site.
        assertNotALookalike("applebees.com");
        assertNotALookalike("pineapple.com");
        assertNotALookalike("amazonas.gov.br");
        assertNotALookalike("appleinsider.com");
    }

    @Test
    void commonWordsOneLetterFromAShortBrandAreNotTypos() {
        // apply/ample differ from apple by one letter, but not by a slip of the finger.
        assertNotALookalike("apply.com");
        assertNotALookalike("ample.com");
        assertNotALookalike("telco.com"); // p and l are neighbours only across rows
        assertImitates("tepci.com", "tepco", Technique.TYPO); // o and i sit side by side
    }

    @Test
    void brandOwnShortenerIsNotALookalike() {
        // amzn.to is Amazon's; LINK_SHORTENER speaks about it instead.
        assertNotALookalike("amzn.to");
    }

    @Test
    void thirdPartySenderOfABrandDoesNotMakeItsNameTheBrand() {
        // ANA sends via amadeus.com; amadeus-* hosts imitate Amadeus, not ANA.
        assertNotALookalike("amadeus-booking.com");
        assertNotALookalike("amadeus.com");
    }

    @Test
    void ipAddressesSuffixesAndOddInputAreNotLookalikes() {
        // Nothing to imitate in an address, a bare suffix or unreadable input.
        for (String s : new String[] {"192.168.1.1", "[::1]", "co.jp", "com", "", "%%%", "...", "xn--", "a".repeat(300)}) {
            assertDoesNotThrow(() -> DETECTOR.detect(s), s);
            assertNotALookalike(s);
        }
        assertEquals(Optional.empty(), DETECTOR.detect(null));
    }

    @Test
    void aRegistryWithoutBrandsOrTokensFindsNoLookalike() {
        LookalikeDetector empty = new LookalikeDetector(new BrandRegistry(List.of()));
        for (String host : new String[] {"amazon.co.jp.example.top", "amazon-login.top", "arnazon.com", "ana.example.com"}) {
            assertEquals(Optional.empty(), empty.detect(host), host);
        }
    }

    @Test
    void anOfficialDomainFoundInsideAHostKeepsItsExactEnd() {
        // The hit for amazon.co.jp ends right before ".example" or "-login"; one character off
        // would read "e" or "o" there and miss the trick.
        assertImitates("amazon.co.jp.example.top", "amazon", Technique.BRAND_AS_SUBDOMAIN);
        assertImitates("amazon.co.jp-login.com", "amazon", Technique.BRAND_AS_SUBDOMAIN);
        assertImitates("secure-amazon.co.jp.cn", "amazon", Technique.BRAND_AS_SUBDOMAIN);
        assertImitates("amazon.co.jp.cn", "amazon", Technique.TLD_SWAP);
    }

    @Test
    void theCharacterU_FFFFInAHostIsReadLikeAnyOtherStrangeCharacter() {
        for (String host : new String[] {"amazon\uFFFF.top", "a\uFFFF", "\uFFFF", "amazon.co.jp\uFFFF.example.top"}) {
            assertDoesNotThrow(() -> DETECTOR.detect(host), host);
        }
    }

    @Test
    void pluralOfABrandWordIsNotATypo() {
        // apples is an ordinary word, not a slip typing apple.
        assertNotALookalike("apples.com");
    }

    @Test
    void brandsOwnNameUnderACountryEndingIsOnlyAWeakTldSwap() {
        // amazon.com.br is Amazon Brazil: the registry decides what is official;
        // until then it is the weaker same-label case, not a subdomain trick.
        assertImitates("amazon.com.br", "amazon", Technique.TLD_SWAP);
        assertEquals(0.75, confidence("amazon.com.br"), 1e-9);
    }

    @Test
    void brandTokenRepeatedAroundAHyphenIsTheStrongTokenCase() {
        assertEquals(0.8, confidence("appleid-apple.com"), 1e-9);
    }

    @Test
    void asciiFoldingAgreesWithIcuSkeletons() {
        com.ibm.icu.text.SpoofChecker icu = new com.ibm.icu.text.SpoofChecker.Builder().build();
        for (String s : new String[] {"amaz0n", "rnercari", "app1e", "paypal", "hello-world_09", "vvww", "cl0ud"}) {
            assertEquals(icu.getSkeleton(s).toLowerCase(java.util.Locale.ROOT), LookalikeDetector.fold(s), s);
        }
    }

    @Test
    void brandWithoutTokensUsesItsOfficialLabels() {
        BrandRegistry noTokens = new BrandRegistry(List.of(brand("sagawa", List.of(), "sagawa-exp.co.jp")));
        assertEquals(Technique.TOKEN_IN_LABEL,
                new LookalikeDetector(noTokens).detect("sagawa-exp-delivery.top").orElseThrow().technique());
    }
}
