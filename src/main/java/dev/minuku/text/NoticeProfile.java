package dev.minuku.text;

import java.util.List;
import java.util.Set;

/**
 * What kind of notice the mail is, from its words alone.
 *
 * @param kinds          notice kinds found, most prominent first
 * @param callToAction   the mail asks the reader to click, log in, update or confirm
 * @param evidence       phrases that made the classification, as found in the text
 */
public record NoticeProfile(List<NoticeKind> kinds, boolean callToAction, List<String> evidence) {

    public static final NoticeProfile NONE = new NoticeProfile(List.of(), false, List.of());

    public NoticeProfile {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean isNotice() {
        return !kinds.isEmpty();
    }

    public boolean has(NoticeKind kind) {
        return kinds.contains(kind);
    }

    public Set<NoticeKind> kindSet() {
        return Set.copyOf(kinds);
    }
}
