package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// HeaderRule: Authentication-Results and Return-Path as findings. Fires on
// DMARC/SPF/DKIM failures; reassures only for a brand's official domain.
class HeaderRuleTest {

    private static final BrandRegistry BRANDS = BrandRegistry.loadDefault();
    private static final Analyzer ANALYZER = new Analyzer(BRANDS, List.of(), ScoringPolicy.loadDefault());

    private static List<Finding> run(String from, Map<String, String> headers) {
        EmailMessage m = new EmailMessage(new EmailMessage.Sender("", from), null, null, "", "", List.of(), headers);
        return new HeaderRule().evaluate(ANALYZER.prepare(m, CommunityLookup.NONE));
    }

    private static List<Signal> signals(List<Finding> findings) {
        return findings.stream().map(Finding::signal).toList();
    }

    @Test
    void officialDomainFailingDmarcIsSpoofingWithFullConfidence() {
        List<Finding> f = run("x@amazon.co.jp", Map.of("Authentication-Results", "mx.example; dmarc=fail header.from=amazon.co.jp"));
        Finding dmarc = f.stream().filter(x -> x.signal() == Signal.HEADER_DMARC_FAIL).findFirst().orElseThrow();
        assertEquals(1.0, dmarc.confidence());
        assertEquals("amazon.co.jp", dmarc.args().get("domain"));
        assertTrue(dmarc.evidence().contains("mx.example"), "evidence names the authserv-id");
    }

    @Test
    void anUnknownDomainFailingDmarcIsWeaker() {
        List<Finding> f = run("x@shop-example.co.jp", Map.of("Authentication-Results", "mx.example; dmarc=fail"));
        assertEquals(0.8, f.stream().filter(x -> x.signal() == Signal.HEADER_DMARC_FAIL).findFirst().orElseThrow().confidence());
    }

    @Test
    void aPassForTheBrandsOwnDomainReassures() {
        assertEquals(List.of(Signal.HEADER_AUTH_PASS),
                signals(run("x@amazon.co.jp", Map.of("Authentication-Results", "mx; dmarc=pass header.from=amazon.co.jp"))));
    }

    @Test
    void aPassForALookalikeDomainSaysNothing() {
        // Scammers authenticate their own domains; a pass only proves who sent it.
        assertEquals(List.of(), run("x@amazon-support.top",
                Map.of("Authentication-Results", "mx; dmarc=pass header.from=amazon-support.top")));
    }

    @Test
    void aDmarcResultAboutAnotherDomainIsNotAboutTheSender() {
        assertEquals(List.of(), run("x@amazon.co.jp", Map.of("Authentication-Results", "mx; dmarc=fail header.from=other.example")));
    }

    @Test
    void softfailCountsHalf() {
        Finding spf = run("x@shop-example.co.jp", Map.of("Authentication-Results", "mx; spf=softfail smtp.mailfrom=b@bounce-example.com"))
                .get(0);
        assertEquals(Signal.HEADER_SPF_FAIL, spf.signal());
        assertEquals(0.5, spf.confidence());
        assertEquals("bounce-example.com", spf.args().get("domain"));
    }

    @Test
    void dkimFailureNamesTheSigningDomain() {
        Finding dkim = run("x@shop-example.co.jp", Map.of("Authentication-Results", "mx; dkim=fail header.d=signer-example.com")).get(0);
        assertEquals(Signal.HEADER_DKIM_FAIL, dkim.signal());
        assertEquals("signer-example.com", dkim.args().get("domain"));
    }

    @Test
    void returnPathOnAnotherDomainIsAWeakSign() {
        assertEquals(List.of(Signal.HEADER_RETURN_PATH_MISMATCH),
                signals(run("x@shop-example.co.jp", Map.of("Return-Path", "<b@mailer-example.com>"))));
    }

    @Test
    void returnPathOnAnotherDomainIsIgnoredWhenDmarcPassed() {
        // Mail services bounce to their own domains; DMARC already vouched for the sender.
        assertEquals(List.of(Signal.HEADER_AUTH_PASS), signals(run("x@amazon.co.jp", Map.of(
                "Return-Path", "<b@amazonses.com>", "Authentication-Results", "mx; dmarc=pass header.from=amazon.co.jp"))));
    }

    @Test
    void returnPathOnASubdomainOfTheSenderIsFine() {
        assertEquals(List.of(), run("x@shop-example.co.jp", Map.of("Return-Path", "<b@bounce.shop-example.co.jp>")));
    }

    @Test
    void noHeadersNoFindings() {
        assertEquals(List.of(), run("x@amazon.co.jp", Map.of()));
    }
}
