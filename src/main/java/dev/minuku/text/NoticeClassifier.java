package dev.minuku.text;

/** Classifies the notice a mail makes, from normalized text. (Placeholder: filled in by the text work.) */
public final class NoticeClassifier {

    public NoticeProfile classify(MatchText text) {
        return NoticeProfile.NONE;
    }
}
