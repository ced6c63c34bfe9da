package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.domains.Lookalike;
import dev.minuku.domains.LookalikeDetector;
import dev.minuku.testsupport.Emails;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

// Every finding SenderRule and LinkRule emit fills every placeholder of its
// Japanese and English message, every lookalike technique has an explanation in
// both languages, and odd input never breaks either rule.
class SenderAndLinkRuleMessagesTest {

    private static final BrandRegistry BRANDS = Contexts.threeBrands();
    private static final LookalikeDetector LOOKALIKES = new LookalikeDetector(BRANDS);
    private static final List<Rule> RULES = List.of(new SenderRule(LOOKALIKES), new LinkRule(LOOKALIKES));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Mails that together make every sender and link code fire. */
    private static List<EmailMessage> fixtures() {
        return List.of(
                Emails.from("amazonjp@emailamazoncojp.cf").name("Amazon.co.jp").to("taro@example.co.jp")
                        .replyTo("desk@gmail.com")
                        .link("https://amzn-verify.ml/claim?mail=taro@example.co.jp", "www.amazon.co.jp")
                        .link("http://3232235777:8080/login", "ログイン")
                        .link("https://www.amazon.co.jp@evil.example.net/", "x")
                        .link("http://%65vil.example.top/?t=" + "ab".repeat(200), "x")
                        .link("https://bit.ly/3xYz", "x")
                        .link("https://www.google.com/url?q=https%3A%2F%2Fevil.example.net%2F", "x")
                        .link("javascript:alert(1)", "x")
                        .link("http://[::1", "x")
                        .build(),
                Emails.from("support@gmail.com").name("Amazon").build(),
                Emails.from("taro@example.co.jp").to("taro@example.co.jp").name("Amazon").build(),
                Emails.from("not-an-address").build());
    }

    private static List<Finding> allFindings() {
        List<Finding> out = new ArrayList<>();
        for (EmailMessage m : fixtures()) {
            AnalysisContext ctx = Contexts.of(m, BRANDS);
            RULES.forEach(r -> out.addAll(r.evaluate(ctx)));
        }
        return out;
    }

    @Test
    void fixturesCoverEverySenderAndLinkCodeButTheUnrelatedNotice() {
        Set<Signal> seen = EnumSet.noneOf(Signal.class);
        allFindings().forEach(f -> seen.add(f.signal()));
        for (Signal s : Signal.values()) {
            // SenderRule and LinkRule own the SENDER_* and LINK_* codes; POLICY_* (also
            // link findings) belong to PolicyRule and are covered by PolicyRuleTest.
            boolean mine = (s.name().startsWith("SENDER_") || s.name().startsWith("LINK_"))
                    && s != Signal.SENDER_UNRELATED_TO_NOTICE;
            if (mine) {
                assertTrue(seen.contains(s), s + " never fired");
            }
        }
    }

    @Test
    void everyPlaceholderOfEveryFindingIsFilledInBothLanguages() {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("minuku.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Finding f : allFindings()) {
                String template = bundle.getString(f.signal().messageKey());
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    String value = f.args().get(m.group(1));
                    assertTrue(value != null && !value.isEmpty(), f.signal() + " lacks {" + m.group(1) + "} in " + locale);
                }
            }
        }
    }

    @Test
    void techniqueArgumentsAreTechniqueKeysExplainedInBothLanguages() {
        Explainer explainer = new Explainer(BRANDS);
        for (Lookalike.Technique t : Lookalike.Technique.values()) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                assertFalse(explainer.text(t.messageKey(), locale).equals(t.messageKey()), t + " in " + locale);
            }
        }
        for (Finding f : allFindings()) {
            String technique = f.args().get("technique");
            if (technique != null) {
                assertEquals(technique, Lookalike.Technique.valueOf(technique).name());
            }
        }
    }

    @Test
    void oddLinksAndSendersNeverBreakTheRules() {
        String[] hrefs = {"", " ", "#", "%%%", "http://[::1", "http://[", "https:/\\evil.com", "hxxp://evil.com",
            "javascript:", "data:", "mailto:", "mailto:@", "mailto:a@", "tel:", "http://", "http://@", "http://:80",
            "http://a:b@", "https://" + "a".repeat(9000) + ".com", "http://0x/", "http://1.2.3.4.5/", "http://xn--/",
            "https://ａｍａｚｏｎ．ｃｏ．ｊｐ/", "https://\uD800.com/", "https://www.google.com/url?q=%", "//",
            "https://x.translate.goog/", "https://-.translate.goog/", "https://urldefense.com/v3/__", "?url=",
            "https://www.bing.com/ck/a?u=a1%%%", "https://r.search.yahoo.com/RU=/RK=", "https://evil.example/#" + "A".repeat(5000)};
        String[] texts = {"", "。", "．", "<>", "「」", "mailto:", "http://", "a@", "@b", "1.5", "..", "www.", "\u0000",
            "ａｍａｚｏｎ．ｃｏ．ｊｐ", "x".repeat(3000)};
        for (String href : hrefs) {
            for (String text : texts) {
                EmailMessage m = Emails.from("Amazon <a@b.c").name("Amazon").to("@").replyTo("<>").link(href, text).build();
                AnalysisContext ctx = Contexts.of(m, BRANDS);
                for (Rule r : RULES) {
                    assertDoesNotThrow(() -> r.evaluate(ctx), r.id() + " on " + href + " / " + text);
                }
            }
        }
    }
}
