package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.brands.BrandRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

// Every finding code explains itself in Japanese and English, with the same
// placeholders in both, and the explainer fills every placeholder it is given.
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("minuku/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everySignalHasAJapaneseAndAnEnglishMessageWithTheSamePlaceholders() throws IOException {
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        for (Signal s : Signal.values()) {
            String jaText = ja.getProperty(s.messageKey());
            String enText = en.getProperty(s.messageKey());
            assertTrue(jaText != null && !jaText.isBlank(), "no Japanese message for " + s);
            assertTrue(enText != null && !enText.isBlank(), "no English message for " + s);
            assertEquals(placeholders(enText), placeholders(jaText), "placeholders differ for " + s);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("en").stringPropertyNames(), bundle("ja").stringPropertyNames());
    }

    @Test
    void japaneseMessagesAreWrittenInJapanese() throws IOException {
        Properties ja = bundle("ja");
        for (Signal s : Signal.values()) {
            String text = ja.getProperty(s.messageKey());
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA),
                    "Japanese message of " + s + " has no hiragana: " + text);
        }
    }

    @Test
    void explainerFillsEveryPlaceholderAndShowsBrandNames() throws IOException {
        Explainer explainer = new Explainer(BrandRegistry.loadDefault());
        Properties en = bundle("en");
        for (Signal s : Signal.values()) {
            Map<String, String> args = placeholders(en.getProperty(s.messageKey())).stream()
                    .collect(Collectors.toMap(n -> n, n -> n.equals("brand") ? "amazon"
                            : n.equals("technique") ? "TYPO" : "VALUE-" + n));
            Finding f = new Finding(s, 1, "evidence", args, -1);
            for (var locale : new java.util.Locale[] {Explainer.JAPANESE, Explainer.ENGLISH}) {
                String text = explainer.explain(f, locale);
                assertFalse(PLACEHOLDER.matcher(text).find(), "unfilled placeholder in " + s + ": " + text);
                assertFalse(text.contains("technique."), "technique key shown raw in " + s);
                if (args.containsKey("brand")) {
                    assertTrue(text.contains("Amazon"), "brand id not shown as a name in " + s + ": " + text);
                }
            }
        }
    }

    @Test
    void everyTechniqueNamedByTheEngineHasAMessage() throws IOException {
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        for (String t : new String[] {"TOKEN_IN_LABEL", "BRAND_AS_SUBDOMAIN", "HOMOGRAPH", "TYPO", "TLD_SWAP", "PUNYCODE"}) {
            assertTrue(ja.containsKey("technique." + t) && en.containsKey("technique." + t), t);
        }
    }
}
