package dev.minuku.analysis;

import dev.minuku.brands.BrandRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Localized explanations from the message bundles ({@code minuku/messages_ja},
 * {@code minuku/messages_en}), filled from a finding's named values.
 * The {@code brand} value is a brand id and is shown as the brand's name in the
 * reader's language; {@code technique} is shown through {@code technique.*}.
 * <p>
 * Both bundles are read once, and each message's {@code {name}} places are found
 * once: explaining a finding only joins the pieces with its values.
 */
public final class Explainer {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final BrandRegistry brands;
    private final Language ja;
    private final Language en;

    public Explainer(BrandRegistry brands) {
        this.brands = brands;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.ja = new Language(ResourceBundle.getBundle("minuku.messages", JAPANESE, Explainer.class.getClassLoader(), noFallback));
        this.en = new Language(ResourceBundle.getBundle("minuku.messages", ENGLISH, Explainer.class.getClassLoader(), noFallback));
    }

    /** Japanese unless the locale's language is English (the two languages we speak). */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    }

    public String explain(Finding f, Locale locale) {
        Language language = language(locale);
        Template t = language.bySignal.get(f.signal());
        return t == null ? f.signal().messageKey() : t.fill(f.args(), this, locale);
    }

    public String text(String key, Locale locale) {
        Template t = language(locale).byKey.get(key);
        return t == null ? key : t.text();
    }

    private Language language(Locale locale) {
        return supported(locale) == ENGLISH ? en : ja;
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

    /** One bundle's messages, parsed: by key, and by finding for the finding messages. */
    private static final class Language {
        final Map<String, Template> byKey;
        final Map<Signal, Template> bySignal = new EnumMap<>(Signal.class);

        Language(ResourceBundle bundle) {
            Map<String, Template> parsed = new HashMap<>();
            for (String key : Collections.list(bundle.getKeys())) {
                parsed.put(key, Template.parse(bundle.getString(key)));
            }
            this.byKey = Map.copyOf(parsed);
            for (Signal s : Signal.values()) {
                Template t = byKey.get(s.messageKey());
                if (t != null) {
                    bySignal.put(s, t);
                }
            }
        }
    }

    /**
     * A message cut at its {@code {name}} places (ASCII letters between braces; any
     * other brace is text): {@code literals} has one piece more than {@code names}.
     */
    private record Template(String text, String[] literals, String[] names) {

        static Template parse(String template) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int n = template.length();
            int from = 0;
            int i = 0;
            while (i < n) {
                if (template.charAt(i) == '{') {
                    int j = i + 1;
                    while (j < n && isAsciiLetter(template.charAt(j))) {
                        j++;
                    }
                    if (j > i + 1 && j < n && template.charAt(j) == '}') {
                        literals.add(template.substring(from, i));
                        names.add(template.substring(i + 1, j));
                        i = j + 1;
                        from = i;
                        continue;
                    }
                }
                i++;
            }
            literals.add(template.substring(from));
            return new Template(template, literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        String fill(Map<String, String> args, Explainer explainer, Locale locale) {
            if (names.length == 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 32);
            out.append(literals[0]);
            for (int k = 0; k < names.length; k++) {
                out.append(explainer.value(names[k], args, locale)).append(literals[k + 1]);
            }
            return out.toString();
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
