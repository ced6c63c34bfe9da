// The mails the saved pages show. Every webmail fixture shows the same three
// mails (its own markup around them), so one adapter's result can be compared
// with the same expected text as the others'.

/** The Amazon lookalike scam's visible text: the display:none sentence hidden in it is not there. */
export const SCAM_BODY = [
  "Amazon お客様",
  "お客様のアカウントで異常なログインが検出されました。24時間以内に所有権を証明しない場合、アカウントは削除されます。",
  "所有権を証明する",
  "ご愉快なご生活を",
  "Amazon.co.jp カスタマーサービス",
].join("\n");

export const SCAM_FROM = Object.freeze({ name: "Amazon.co.jp", address: "amazonjp@emailamazoncojp.cf" });
export const SCAM_SUBJECT = "Amazonアカウントに異常があります。ご確認ください";

/** The scam's links: an image link (its alt text) and the button carrying the recipient's address. */
export function scamLinks(recipient) {
  return [
    { href: "https://amazon-verify.account-check.ml/", text: "Amazon.co.jp" },
    { href: `https://amazon-verify.account-check.ml/signin?u=${recipient}`, text: "所有権を証明する" },
  ];
}

/** The genuine shipping notice, the last message of each thread fixture. */
export const GENUINE_FROM = Object.freeze({ name: "Amazon.co.jp", address: "shipment-tracking@amazon.co.jp" });
export const GENUINE_SUBJECT = "Amazon.co.jpでのご注文 #503-1234567-7654321";
export const GENUINE_BODY = [
  "山田 花子 様",
  "ご注文の商品を発送しました。お届け予定日: 11月22日(土)",
  "注文番号: 503-1234567-7654321",
  "注文を表示",
  "配送状況を確認",
  "Amazon.co.jpをご利用いただき、ありがとうございました。",
].join("\n");
export const GENUINE_LINKS = Object.freeze([
  { href: "https://www.amazon.co.jp/ref=TE_tex_h", text: "Amazon.co.jp" },
  { href: "https://www.amazon.co.jp/gp/your-account/order-details?orderID=503-1234567-7654321", text: "注文を表示" },
  { href: "https://www.amazon.co.jp/progress-tracker/package?orderId=503-1234567-7654321", text: "配送状況を確認" },
]);

/** A plain personal message without links; line breaks kept, blank lines dropped. */
export const NO_LINKS_FROM = Object.freeze({ name: "鈴木 太郎", address: "taro.suzuki@example.co.jp" });
export const NO_LINKS_SUBJECT = "来週の打ち合わせについて";
export const NO_LINKS_BODY = "山田さん\n来週の打ち合わせは火曜日の14時からでお願いします。\n場所はいつもの会議室です。\n鈴木";
