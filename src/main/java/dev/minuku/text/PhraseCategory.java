package dev.minuku.text;

/**
 * What a lexicon phrase says. Each category is one data file,
 * {@code minuku/lexicon/<file>.txt}: one phrase per line, {@code #} starts a
 * comment line, {@code !phrase} is a mask (a hit of this category lying inside
 * it is not counted: 「お客様番号」 masks 「お客様」), and {@code {n}} stands for
 * any number from 1 to 99 (「{n}時間以内」).
 */
public enum PhraseCategory {
    /** Time pressure: 24時間以内, 本日中, within 24 hours. */
    DEADLINE("deadline", null),
    /** A consequence held over the reader: 停止, 凍結, 削除, suspended. */
    THREAT("threat", null),
    /** Asks to sign in or prove identity: ログインして, 本人確認, verify your account. */
    CREDENTIAL_REQUEST("credential-request", null),
    /** Asks to enter or update payment details: 支払い方法を更新, update your payment. */
    PAYMENT_REQUEST("payment-request", null),
    /** Tempts: points, prizes, refunds, a parcel waiting. */
    LURE("lure", null),
    /** A salutation without a name: お客様, Dear Customer. */
    GREETING("greeting", null),
    /** Asks the reader to act on an account: ログインはこちら, click here. */
    CALL_TO_ACTION("call-to-action", null),
    /** Unsubscribe footers: 配信停止, unsubscribe. Threats and deadlines next to them are not threats. */
    UNSUBSCRIBE("unsubscribe", null),
    /** Chinese words a Japanese company would not write: 停用, 激活, 账户. */
    CHINESE_WORD("chinese-word", null),
    /** Stock phrases of machine-translated scams: ご愉快なご生活を, 異常状態. */
    ODD_PHRASE("odd-phrase", null),
    /** A company named in the text: 株式会社, Inc. (a notice that names one names someone). */
    ORGANIZATION("organization", null),
    NOTICE_PAYMENT_FAILURE("notice-payment-failure", NoticeKind.PAYMENT_FAILURE),
    NOTICE_ACCOUNT_SUSPENSION("notice-account-suspension", NoticeKind.ACCOUNT_SUSPENSION),
    NOTICE_DELIVERY_FAILURE("notice-delivery-failure", NoticeKind.DELIVERY_FAILURE),
    NOTICE_PRIZE_OR_REFUND("notice-prize-or-refund", NoticeKind.PRIZE_OR_REFUND),
    NOTICE_CREDENTIAL_VERIFICATION("notice-credential-verification", NoticeKind.CREDENTIAL_VERIFICATION),
    NOTICE_SECURITY_ALERT("notice-security-alert", NoticeKind.SECURITY_ALERT);

    private final String file;
    private final NoticeKind noticeKind;

    PhraseCategory(String file, NoticeKind noticeKind) {
        this.file = file;
        this.noticeKind = noticeKind;
    }

    /** Resource name of the category's data file, without directory and extension. */
    public String file() {
        return file;
    }

    /** The notice kind this category's phrases announce, or null for the other categories. */
    public NoticeKind noticeKind() {
        return noticeKind;
    }
}
