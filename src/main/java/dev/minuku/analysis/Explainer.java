package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Localized explanations from the message bundles ({@code minuku/messages_ja},
 * {@code minuku/messages_en}), filled from a finding's named values.
 * The {@code brand} value is a brand id and is shown as the brand's name in the
 * reader's language; {@code technique} is shown through {@code technique.*}.
 */
public final class Explainer {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final BrandRegistry brands;
    private final ResourceBundle ja;
    private final ResourceBundle en;

    public Explainer(BrandRegistry brands) {
        this.brands = brands;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.ja = ResourceBundle.getBundle("minuku.messages", JAPANESE, Explainer.class.getClassLoader(), noFallback);
        this.en = ResourceBundle.getBundle("minuku.messages", ENGLISH, Explainer.class.getClassLoader(), noFallback);
    }

    /** Japanese unless the locale's language is English (the two languages we speak). */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    }

    public String explain(Finding f, Locale locale) {
        return fill(text(f.signal().messageKey(), locale), f.args(), locale);
    }

    public String text(String key, Locale locale) {
        ResourceBundle bundle = supported(locale) == ENGLISH ? en : ja;
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String fill(String template, Map<String, String> args, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = args.get(name);
            if (value == null) {
                value = "";
            } else if ("brand".equals(name)) {
                String id = value;
                value = brands.byId(id).map(b -> b.name(supported(locale))).orElse(id);
            } else if ("technique".equals(name)) {
                value = text("technique." + value, locale);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
