package dev.minuku.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

// Any text given as a host name is normalized without an exception. What toAscii accepts is a
// host: lower-case ASCII without forbidden characters or edge dots, that toAscii keeps as it is;
// its split into subdomain, registrable domain and suffix puts the name back together.
class DomainNamesFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyHostNameIsNormalizedConsistently(String name) {
        Optional<String> ascii = DomainNames.toAscii(name);
        assertEquals(name, DomainNames.toUnicode(name) == null ? null : name, "toUnicode is null only for null");
        if (ascii.isEmpty()) {
            return;
        }
        String host = ascii.get();
        UrlParserFuzzTest.assertHostLike(host);
        assertTrue(!host.startsWith(".") && !host.endsWith("."), "edge dot in " + host);
        assertEquals(ascii, DomainNames.toAscii(host), "normalizing twice changes nothing");
        assertNotNull(DomainNames.toUnicode(host));

        String registrable = DomainNames.registrableDomain(host);
        assertTrue(host.equals(registrable) || host.endsWith("." + registrable) || IpHosts.isIpLiteral(host),
                registrable + " is not the end of " + host);
        DomainNames.HostParts parts = DomainNames.split(host);
        assertEquals(host, parts.host());
        if (!parts.label().isEmpty()) {
            assertEquals(parts.registrable(), parts.label() + "." + parts.suffix());
            assertEquals(host, parts.subdomain().isEmpty() ? parts.registrable() : parts.subdomain() + "." + parts.registrable());
            assertEquals(registrable, parts.registrable(), "split and registrableDomain agree");
        }
        assertNotNull(DomainNames.publicSuffix(host));
        assertNotNull(DomainNames.registryLabel(host));
        assertNotNull(DomainNames.registrableLabel(host));
    }
}
