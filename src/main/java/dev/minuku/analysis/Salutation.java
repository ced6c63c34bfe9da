package dev.minuku.analysis;

import dev.minuku.text.PhraseCategory;
import dev.minuku.text.PhraseHit;
import dev.minuku.text.PhraseHits;
import dev.minuku.text.TextPart;
import java.util.Optional;

/**
 * The nameless salutation a mail opens with (「お客様」, 「カード会員 様」, "Dear Customer"),
 * read from the lexicon's greeting phrases: it must stand at the start of one of the
 * body's first lines (after at most a short name) and end there or with punctuation.
 * Shared by the generic-greeting content rule and the brands' named-greeting policy.
 */
final class Salutation {

    /** A greeting stands at the start of one of the body's first lines. */
    private static final int GREETING_LINES = 3;
    /** What may stand before the greeting on its line: a brand or company name ("Amazon お客様"). */
    private static final int GREETING_PREFIX = 20;
    /** Characters that may follow a greeting: the end of the salutation. */
    private static final String AFTER_GREETING = " ,、。.!:;へ\uFF0C";

    private Salutation() {
    }

    /** The first nameless salutation of the body, if the mail opens with one. */
    static Optional<PhraseHit> nameless(PhraseHits hits) {
        int zone = -1;
        for (PhraseHit h : hits.of(PhraseCategory.GREETING)) {
            if (h.part() != TextPart.BODY) {
                continue;
            }
            if (zone < 0) {
                zone = greetingZoneEnd(h.source().despaced());
            }
            if (h.start() < zone && isSalutation(h)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** End of the body's first lines with any text: where a salutation can stand. */
    private static int greetingZoneEnd(String text) {
        int lines = 0;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (content && ++lines >= GREETING_LINES) {
                    return i;
                }
                content = false;
            } else if (c != ' ') {
                content = true;
            }
        }
        return text.length();
    }

    /**
     * The greeting opens its line (after at most a short name) and ends there or with
     * punctuation: 「お客様」 on its own line is a salutation, 「お客様のアカウント」 is not.
     */
    private static boolean isSalutation(PhraseHit h) {
        String text = h.source().despaced();
        for (int i = h.start() - 1; i >= 0; i--) {
            if (text.charAt(i) == '\n') {
                break;
            }
            if (h.start() - i > GREETING_PREFIX) {
                return false;
            }
        }
        if (h.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(h.end());
        return next == '\n' || AFTER_GREETING.indexOf(next) >= 0;
    }
}
