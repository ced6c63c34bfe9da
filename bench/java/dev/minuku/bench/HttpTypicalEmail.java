package dev.minuku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minuku.analysis.EmailMessage;
import dev.minuku.web.AnalyzeRequest;

/**
 * The request body of the HTTP load test of POST /api/v1/analyze
 * (bench/http/analyze-typical.json, copied here so the benchmark needs no file):
 * about 2 KB of Japanese text, 5 links, a scam with 14 findings. Read the way
 * the service reads it, so the engine sees exactly what the load test sends.
 */
public final class HttpTypicalEmail {

    static final String JSON = """
            {
             "from": {
              "name": "Amazon.co.jp",
              "address": "info@amazon-co-jp.example.top"
             },
             "to": "taro@example.jp",
             "subject": "お支払い方法の確認をお願いします",
             "body": "お支払い方法の確認が必要です。\\n24時間以内にご対応いただけない場合、ご利用を制限させていただきます。\\n本メールは送信専用です。ご返信いただいてもお答えできません。本メールは送信専用です。ご返信いただいてもお答えできません。アカウントの情報を更新してください。\\n本メールは送信専用です。ご返信いただいてもお答えできません。\\nThank you for your order; your package will arrive soon.今後ともよろしくお願い申し上げます。\\n本メールは送信専用です。ご返信いただいてもお答えできません。アカウントの情報を更新してください。\\n詳しくは以下のリンクからご確認ください。\\nいつもご利用いただきありがとうございます。\\nキャンペーンの詳細はウェブサイトをご覧ください。\\nThank you for your order; your package will arrive soon.Thank you for your order; your package will arrive soon.\\nキャンペーンの詳細はウェブサイトをご覧ください。本メールは送信専用です。ご返信いただいてもお答えできません。キャンペーンの詳細はウェブサイトをご覧ください。詳しくは以下のリンクからご確認ください。アカウントの情報を更新してください。24時間以内にご対応いただけない場合、ご利用を制限させていただきます。\\nThank you for your order; your package will arrive soon.\\nお支払い方法の確認が必要です。ご注文の商品を発送いつもご利用いただきありがとうございます。ご注文の商品を発送いたしましたのでお知らせします。詳しくは以下のリンクからご確認ください。今後ともよろしくお願い申し上げます。いつもご利用いただきありがとうございます。ご注文の商品を発送いたしましたのでお知らせします。詳しくは以下のリンクからご確認ください。",
             "links": [
              {
               "href": "https://www.amazon.co.jp/p/0?id=939078",
               "text": "https://www.amazon.co.jp/"
              },
              {
               "href": "https://amazon-co-jp.example.top/p/1?id=756531",
               "text": "詳細を見る"
              },
              {
               "href": "https://www.mercari.jp/p/2?id=745738",
               "text": "詳細を見る"
              },
              {
               "href": "https://news.example.com/p/3?id=525126",
               "text": "https://www.amazon.co.jp/"
              },
              {
               "href": "https://bit.ly/p/4?id=981929",
               "text": "詳細を見る"
              }
             ]
            }
            """;

    private HttpTypicalEmail() {
    }

    public static EmailMessage message() {
        try {
            return new ObjectMapper().readValue(JSON, AnalyzeRequest.class).toMessage();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
