package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

// Host names are read as browsers read them (UTS #46, lenient on hyphens and
// lengths) and split by the Public Suffix List; odd input never throws.
class DomainNamesTest {

    @Test
    void unicodeHostBecomesPunycode() {
        assertEquals(Optional.of("xn--mazon-3ve.com"), DomainNames.toAscii("аmazon.com"));
        assertEquals("аmazon.com", DomainNames.toUnicode("xn--mazon-3ve.com"));
    }

    @Test
    void fullWidthLettersAndIdeographicDotsAreAsciiDots() {
        assertEquals(Optional.of("amazon.co.jp"), DomainNames.toAscii("ａｍａｚｏｎ．ｃｏ．ｊｐ"));
        assertEquals(Optional.of("amazon.co.jp"), DomainNames.toAscii("amazon。co。jp"));
        assertEquals(Optional.of("amazon.co.jp"), DomainNames.toAscii("amazon｡co｡jp"));
    }

    @Test
    void upperCaseAndTrailingDotsAreNormalized() {
        assertEquals(Optional.of("example.com"), DomainNames.toAscii("EXAMPLE.COM."));
        assertEquals(Optional.of("example.com"), DomainNames.toAscii("example.com.."));
    }

    @Test
    void hyphensInOddPlacesAreAcceptedLikeBrowsersDo() {
        assertEquals(Optional.of("my--site.translate.goog"), DomainNames.toAscii("my--site.translate.goog"));
        assertEquals(Optional.of("-foo.example.com"), DomainNames.toAscii("-foo.example.com"));
    }

    @Test
    void forbiddenCharactersMakeAHostInvalid() {
        assertEquals(Optional.empty(), DomainNames.toAscii("evil.com／amazon.co.jp"));
        assertEquals(Optional.empty(), DomainNames.toAscii("a b.com"));
        assertEquals(Optional.empty(), DomainNames.toAscii("a<b.com"));
        assertEquals(Optional.empty(), DomainNames.toAscii("xn--zz.com"));
        assertEquals(Optional.empty(), DomainNames.toAscii(""));
        assertEquals(Optional.empty(), DomainNames.toAscii(null));
        assertEquals(Optional.empty(), DomainNames.toAscii("x".repeat(5000)));
    }

    @Test
    void registrableDomainFollowsThePublicSuffixList() {
        assertEquals("example.co.jp", DomainNames.registrableDomain("mail.example.co.jp"));
        assertEquals("amazon.co.jp", DomainNames.registrableDomain("www.amazon.co.jp"));
        assertEquals("example.top", DomainNames.registrableDomain("amazon.co.jp.example.top"));
    }

    @Test
    void privateSuffixSitesAreTheirOwnRegistrableDomain() {
        assertEquals("amazon-verify.web.app", DomainNames.registrableDomain("amazon-verify.web.app"));
        assertEquals("www-amazon-co-jp.translate.goog", DomainNames.registrableDomain("www-amazon-co-jp.translate.goog"));
    }

    @Test
    void registrableLabelIsTheSiteName() {
        assertEquals("amazon", DomainNames.registrableLabel("www.amazon.co.jp"));
        assertEquals("emailamazoncojp", DomainNames.registrableLabel("emailamazoncojp.cf"));
        assertEquals("jp", DomainNames.registrableLabel("amazon.co.jp.cn"));
        assertEquals("", DomainNames.registrableLabel("co.jp"));
        assertEquals("", DomainNames.registrableLabel("192.168.1.1"));
    }

    @Test
    void registryLabelIgnoresPrivatePlatformSuffixes() {
        assertEquals("google", DomainNames.registryLabel("maps.google.co.jp"));
        assertEquals("blogspot", DomainNames.registryLabel("google.blogspot.com"));
    }

    @Test
    void hostSplitsIntoRegistrableSuffixLabelAndSubdomainAtOnce() {
        assertEquals(new DomainNames.HostParts("login.amazon.co.jp.example.top", "example.top", "top", "example",
                "login.amazon.co.jp"), DomainNames.split("login.amazon.co.jp.example.top"));
        assertEquals(new DomainNames.HostParts("amazon.co.jp", "amazon.co.jp", "co.jp", "amazon", ""),
                DomainNames.split("amazon.co.jp"));
        assertEquals("", DomainNames.split("co.jp").label());
        assertEquals("", DomainNames.split("10.0.0.1").label());
        assertEquals("", DomainNames.split(null).label());
    }

    @Test
    void plainAsciiHostsTakeTheFastPathWithTheSameAnswer() {
        assertEquals(Optional.of("mixed-case_host.example.com"), DomainNames.toAscii("Mixed-Case_Host.Example.COM"));
        assertEquals(Optional.empty(), DomainNames.toAscii("XN--ZZ.com"), "punycode labels are still verified");
    }

    @Test
    void ipHostsAreTheirOwnRegistrableDomainInCanonicalForm() {
        assertEquals("192.168.1.1", DomainNames.registrableDomain("3232235777"));
    }

    @Test
    void publicSuffixAndTld() {
        assertEquals("co.jp", DomainNames.publicSuffix("www.amazon.co.jp"));
        assertEquals("jp", DomainNames.tld("www.amazon.co.jp"));
        assertTrue(DomainNames.isPublicSuffix("co.jp"));
        assertFalse(DomainNames.isPublicSuffix("amazon.co.jp"));
    }

    @Test
    void oddInputNeverThrows() {
        for (String s : new String[] {null, "", ".", "..", "[", "%%%", "a..b", "\u0000", "xn--", "-", "😀.com"}) {
            assertDoesNotThrow(() -> {
                DomainNames.toAscii(s);
                DomainNames.registrableDomain(s);
                DomainNames.registrableLabel(s);
                DomainNames.publicSuffix(s);
                DomainNames.tld(s);
                DomainNames.toUnicode(s);
            }, String.valueOf(s));
        }
    }
}
