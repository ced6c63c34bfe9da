package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized explanations from the message bundles ({@code minuku/messages_ja},
 * {@code minuku/messages_en}), filled from a finding's named values.
 * The {@code brand} value is a brand id and is shown as the brand's name in the
 * reader's language; {@code technique} is shown through {@code technique.*}.
 */
public final class Explainer {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

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
        // A hand scan for {name} (ASCII letters): a regex here cost 8% of a typical analysis.
        StringBuilder out = new StringBuilder(template.length() + 32);
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int j = i + 1;
                while (j < n && isAsciiLetter(template.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < n && template.charAt(j) == '}') {
                    out.append(value(template.substring(i + 1, j), args, locale));
                    i = j + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private String value(String name, Map<String, String> args, Locale locale) {
        String value = args.get(name);
        if (value == null) {
            return "";
        } else if ("brand".equals(name)) {
            return brands.byId(value).map(b -> b.name(supported(locale))).orElse(value);
        } else if ("technique".equals(name)) {
            return text("technique." + value, locale);
        }
        return value;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
