package dev.minuku.testsupport;

import dev.minuku.analysis.EmailMessage;
import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the mails and small brand registries that text and content tests read. */
public final class TextFixtures {

    private TextFixtures() {
    }

    public static Mail mail() {
        return new Mail();
    }

    /** Ordinary Japanese business mail: an invoice sent to a customer. Must never look like a scam. */
    public static EmailMessage invoiceMail() {
        return mail().from("サンプル商事 経理部", "keiri@sample-shoji.example.jp")
                .subject("10月分 請求書の送付について")
                .body("株式会社ミヌク 御中",
                        "",
                        "いつも大変お世話になっております。サンプル商事の佐藤です。",
                        "10月分の請求書を添付にてお送りいたします。",
                        "お支払い期限は11月末日となっております。",
                        "ご不明な点がございましたら、お気軽にお問い合わせください。",
                        "今後ともよろしくお願い申し上げます。")
                .build();
    }

    /** Ordinary shipping notice greeting the customer by name. Must never look like a scam. */
    public static EmailMessage shippingNotice() {
        return mail().from("サンプルストア", "order@sample-store.example.jp")
                .subject("【サンプルストア】発送のお知らせ")
                .body("山田 花子 様",
                        "",
                        "このたびはサンプルストアをご利用いただき、誠にありがとうございます。",
                        "ご注文の商品を本日発送いたしました。",
                        "お届け予定日: 5月20日(月)",
                        "配送業者: 宅配便 お問い合わせ番号: 1234-5678-9012",
                        "商品到着後7日以内であれば返品を承ります。",
                        "配送状況はマイページの注文履歴からご確認いただけます。")
                .link("https://sample-store.example.jp/mypage/orders", "注文履歴を確認する")
                .build();
    }

    /** Ordinary newsletter with an unsubscribe footer. Must never look like a scam. */
    public static EmailMessage newsletter() {
        return mail().from("サンプルストア", "news@sample-store.example.jp")
                .subject("春の新作のご案内")
                .body("いつもサンプルストアをご利用いただきありがとうございます。",
                        "春の新作アイテムが入荷しました。ぜひご覧ください。",
                        "今月末までのご購入でポイント2倍キャンペーンを実施中です。",
                        "詳しくはこちら",
                        "",
                        "※このメールは配信専用です。",
                        "メールマガジンの配信停止はこちらからお手続きください。")
                .link("https://sample-store.example.jp/spring", "詳しくはこちら")
                .link("https://sample-store.example.jp/unsubscribe", "配信停止はこちら")
                .build();
    }

    /** A brand with aliases only (and one official domain when given), for in-test registries. */
    public static Brand brand(String id, String officialDomain, String... aliases) {
        List<Brand.DomainList> domains = officialDomain == null ? List.of()
                : List.of(new Brand.DomainList(List.of(officialDomain), List.of("mail", "links"), "https://example.org/test", null));
        return new Brand(id, aliases.length > 0 ? aliases[0] : id, id, "test", List.of(aliases), List.of(), domains, List.of());
    }

    /** A brand with domain-label tokens (for sender local parts). */
    public static Brand brandWithTokens(String id, String officialDomain, List<String> aliases, List<String> tokens) {
        return new Brand(id, aliases.get(0), aliases.get(0), "test", aliases, tokens,
                List.of(new Brand.DomainList(List.of(officialDomain), List.of("mail", "links"), "https://example.org/test", null)),
                List.of());
    }

    public static BrandRegistry registry(Brand... brands) {
        return new BrandRegistry(List.of(brands));
    }

    /** Fluent mail: only what a test sets is present. */
    public static final class Mail {
        private String fromName;
        private String fromAddress = "";
        private String subject = "";
        private String body = "";
        private final List<EmailMessage.LinkInput> links = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        public Mail from(String name, String address) {
            this.fromName = name;
            this.fromAddress = address;
            return this;
        }

        public Mail from(String address) {
            return from(null, address);
        }

        public Mail subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Lines joined with line breaks. */
        public Mail body(String... lines) {
            this.body = String.join("\n", lines);
            return this;
        }

        public Mail link(String href, String text) {
            links.add(new EmailMessage.LinkInput(href, text));
            return this;
        }

        public EmailMessage build() {
            return new EmailMessage(new EmailMessage.Sender(fromName, fromAddress), null, null, subject, body, links, headers);
        }
    }
}
