package dev.minuku.web;

import dev.minuku.analysis.Explainer;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The reader's language: the request's own field, else Accept-Language, else Japanese. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale resolve(String requested, HttpHeaders headers) {
        if (requested != null && !requested.isBlank()) {
            String lang = Locale.forLanguageTag(requested.strip()).getLanguage();
            if ("en".equals(lang) || "ja".equals(lang)) {
                return Explainer.supported(Locale.forLanguageTag(lang));
            }
        }
        if (headers != null) {
            try {
                for (Locale l : headers.getAcceptableLanguages()) {
                    if ("ja".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                        return Explainer.supported(l);
                    }
                }
            } catch (RuntimeException e) {
                // A malformed Accept-Language header falls back to Japanese.
            }
        }
        return Explainer.JAPANESE;
    }
}
