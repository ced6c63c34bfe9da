package dev.minuku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// The three real cases of DESIGN.md, against the running service: a generic
// payment notice from an unrelated real shop's domain, an Amazon lookalike, and
// Amazon's own genuine notice that uses almost the same words.
@QuarkusTest
class DesignCasesTest {

    @Test
    void aGenericPaymentNoticeFromAnUnrelatedShopIsAScam() {
        Map<String, Object> mail = Map.of(
                "from", Map.of("name", "", "address", "support@milleporte.com"),
                "subject", "お支払い方法の利用承認が得られませんでした",
                "body", """
                        お客様

                        ご登録のお支払い方法を更新していただく必要があります。
                        カードの名義、有効期限またはセキュリティコードが一致しない場合、承認されないことがあります。
                        早急に更新いただけない場合、アカウントを停用させていただくことがあります。

                        支払い方法を更新する
                        """,
                "locale", "en");
        given().contentType("application/json").body(mail).when().post("/api/v1/analyze").then()
                .statusCode(200)
                .body("verdict", equalTo("scam"))
                .body("category", anyOf(equalTo("generic-notice"), equalTo("payment-failure")))
                .body("brand", equalTo(null))
                .body("sender.status", equalTo("unrelated"))
                .body("findings.code", hasItems("CONTENT_GENERIC_NOTICE", "SENDER_UNRELATED_TO_NOTICE",
                        "CONTENT_UNNATURAL_JAPANESE"))
                .body("findings.find { it.code == 'CONTENT_UNNATURAL_JAPANESE' }.evidence",
                        org.hamcrest.Matchers.containsString("停用"))
                .body("findings.find { it.code == 'SENDER_UNRELATED_TO_NOTICE' }.evidence", equalTo("milleporte.com"))
                .body("keyPoints.size()", greaterThanOrEqualTo(1))
                .body("keyPoints.size()", lessThanOrEqualTo(3));
    }

    @Test
    void theAmazonLookalikeIsAScamWithItsTellsNamed() {
        Map<String, Object> mail = Map.of(
                "from", Map.of("name", "Amazon.co.jp", "address", "amazonjp@emailamazoncojp.cf"),
                "to", "hanako@example.jp",
                "subject", "とても残念です! Amazonアカウントに異常があります。",
                "body", """
                        Amazon お客様
                        あなたのアカウントは異常状態にあります。7日以内にアカウントの所有権を証明しない場合、
                        アカウントは自動的に削除されます。24時間以内に情報検証を完了してください。ご愉快なご生活を。
                        """,
                "links", List.of(Map.of("href", "https://amzn-check.ml/verify/hanako@example.jp", "text", "所有者の証明")),
                "locale", "ja");
        given().contentType("application/json").body(mail).when().post("/api/v1/analyze").then()
                .statusCode(200)
                .body("verdict", equalTo("scam"))
                .body("brand.id", equalTo("amazon"))
                .body("sender.status", equalTo("lookalike"))
                .body("danger", greaterThanOrEqualTo(4))
                .body("links", hasSize(1))
                .body("links[0].status", not(equalTo("official")))
                .body("links[0].registrableDomain", equalTo("amzn-check.ml"))
                .body("links[0].findings", hasItem("LINK_RECIPIENT_IN_URL"))
                .body("findings.code", hasItems("SENDER_LOOKALIKE_DOMAIN", "LINK_RECIPIENT_IN_URL", "LINK_NOT_OFFICIAL"));
    }

    @Test
    void amazonsGenuinePaymentNoticeIsNotFlagged() {
        Map<String, Object> mail = Map.of(
                "from", Map.of("name", "Amazon.co.jp", "address", "payments-messages@amazon.co.jp"),
                "subject", "お支払いの利用承認が得られませんでした",
                "body", """
                        ご注文の支払いについて承認が得られなかったことをお知らせいたします。
                        カードの名義、有効期限または郵便番号が一致しない場合、カード発行会社が承認しないことがあります。
                        お支払い情報を更新いただけない場合、ご注文をキャンセルさせていただくことがあります。
                        以下のリンクから支払い方法を更新できます。
                        """,
                "links", List.of(
                        Map.of("href", "https://www.amazon.co.jp/gp/css/order-history", "text", "支払い方法を更新する"),
                        Map.of("href", "https://www.amazon.co.jp/gp/help/customer/display.html", "text", "ヘルプ")),
                "locale", "ja");
        given().contentType("application/json").body(mail).when().post("/api/v1/analyze").then()
                .statusCode(200)
                .body("verdict", equalTo("safe"))
                .body("sender.status", equalTo("official"))
                .body("brand.id", equalTo("amazon"))
                .body("links.status", everyItem(equalTo("official")))
                .body("findings.code", hasItem("OFFICIAL_SENDER_AND_LINKS"));
    }
}
