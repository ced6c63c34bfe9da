package dev.minuku.bench;

import dev.minuku.analysis.EmailMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic emails for the benchmarks, made from a fixed seed so every run
 * measures the same input: ordinary Japanese notice text, links to a mix of
 * official and unrelated hosts, and adversarial shapes.
 */
public final class BenchEmails {

    private static final String[] SENTENCES = {
        "いつもご利用いただきありがとうございます。",
        "ご注文の商品を発送いたしましたのでお知らせします。",
        "お支払い方法の確認が必要です。",
        "アカウントの情報を更新してください。",
        "24時間以内にご対応いただけない場合、ご利用を制限させていただきます。",
        "詳しくは以下のリンクからご確認ください。",
        "Thank you for your order; your package will arrive soon.",
        "本メールは送信専用です。ご返信いただいてもお答えできません。",
        "キャンペーンの詳細はウェブサイトをご覧ください。",
        "今後ともよろしくお願い申し上げます。",
    };
    private static final String[] HOSTS = {
        "www.amazon.co.jp", "amazon-co-jp.example.top", "www.mercari.jp", "news.example.com", "shop.example.net",
        "mercari-login.example.xyz", "bit.ly", "www.apple.com", "amzn-verify.ml", "example.org",
    };

    private BenchEmails() {
    }

    /** Body text of about {@code chars} characters. */
    public static String text(int chars, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 100);
        while (sb.length() < chars) {
            sb.append(SENTENCES[r.nextInt(SENTENCES.length)]);
            if (r.nextInt(4) == 0) {
                sb.append('\n');
            }
        }
        sb.setLength(chars);
        return sb.toString();
    }

    public static List<EmailMessage.LinkInput> links(int n, long seed) {
        Random r = new Random(seed);
        List<EmailMessage.LinkInput> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String host = HOSTS[r.nextInt(HOSTS.length)];
            links.add(new EmailMessage.LinkInput("https://" + host + "/p/" + i + "?id=" + r.nextInt(1_000_000),
                    i % 3 == 0 ? "https://www.amazon.co.jp/" : "詳細を見る"));
        }
        return links;
    }

    public static EmailMessage mail(String fromName, String from, String subject, String body, List<EmailMessage.LinkInput> links) {
        return new EmailMessage(new EmailMessage.Sender(fromName, from), null, "taro@example.jp", subject, body, links, Map.of());
    }

    /** About 2 KB of body text and 5 links: what most mail looks like. */
    public static EmailMessage typical() {
        return mail("Amazon.co.jp", "info@amazon-co-jp.example.top", "お支払い方法の確認をお願いします",
                text(700, 1), links(5, 2)); // 700 Japanese characters ≈ 2 KB of UTF-8
    }

    /** The API's limits: 100,000 characters of body (about 300 KB of UTF-8, more than 100 KB) and 500 links. */
    public static EmailMessage large() {
        return mail("Amazon.co.jp", "info@amazon-co-jp.example.top", "お支払い方法の確認", text(100_000, 3), links(500, 4));
    }

    /** One character repeated 100,000 times (300 KB of UTF-8): worst case for scanners that backtrack. */
    public static EmailMessage repeatedCharacter() {
        return mail("a", "a@example.com", "a".repeat(1000), "あ".repeat(100_000), List.of());
    }

    /** Redirectors nested inside each other, each carrying the next as its target. */
    public static EmailMessage nestedUrls() {
        List<EmailMessage.LinkInput> links = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            String url = "https://evil.example.top/" + n;
            for (int depth = 0; depth < 30; depth++) {
                url = "https://www.google.com/url?q=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
                if (url.length() > 3800) {
                    break;
                }
            }
            links.add(new EmailMessage.LinkInput(url, "https://www.amazon.co.jp/"));
        }
        return mail("Amazon", "a@example.com", "nested", text(2000, 5), links);
    }

    /** One character repeated: a 100,000-character run of "a." is one long host name to a scanner. */
    public static EmailMessage repeatedDottedLabel() {
        return mail("a", "a@example.com", "a.".repeat(500), "a.".repeat(50_000), List.of());
    }

    /** 500 hosts that look like brands through confusable letters. */
    public static EmailMessage confusableHosts() {
        return confusableHosts(0);
    }

    /**
     * 500 confusable hosts no earlier round used, so that nothing kept from one
     * mail (the engine remembers facts of hosts it has seen) helps the next.
     */
    public static EmailMessage confusableHosts(int round) {
        String[] forms = {"аmazon", "amaz0n", "arnazon", "amazom", "аррle", "app1e", "merсari", "rnercari", "paypaI", "netfIix"};
        List<EmailMessage.LinkInput> links = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String host = forms[i % forms.length] + (round * 500 + i) + ".co.jp";
            links.add(new EmailMessage.LinkInput("https://" + host + "/login", forms[i % forms.length]));
        }
        return mail("Аmazon", "a@" + forms[0] + ".com", "confusables", text(2000, 6), links);
    }
}
