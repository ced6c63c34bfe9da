package dev.minuku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

// Bad input at scale: every field of /analyze and /reports at its limit (a normal answer) and
// one past it (a 400 problem naming the field); whole requests at 1 MiB and one byte over,
// with and without a Content-Length; invalid UTF-8; 10,000 links; 1 MiB subjects; JSON nested
// deeper than the parser allows. Each answer is a 4xx problem or a normal answer, never a 500,
// and comes within a few seconds: nothing hangs.
@QuarkusTest
class BadInputAtScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_MILLIS = 10_000;
    private static final int MIB = 1024 * 1024;

    @TestHTTPResource("/")
    URI base;

    /** Java's client upgrades to HTTP/2 (h2c) when it can: most requests here go over HTTP/2. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Chunked transfer is HTTP/1.1's way of sending a body without a length. */
    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String contentType, String body, long millis) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    // ---- every field at its limit and one past it --------------------------------------------------

    static Stream<Arguments> analyzeLimits() {
        return Stream.of(
                limit("from.name", 1000, (m, n) -> from(m).put("name", "n".repeat(n))),
                limit("from.address", 320, (m, n) -> from(m).put("address", address(n))),
                limit("replyTo", 320, (m, n) -> m.put("replyTo", address(n))),
                limit("to", 320, (m, n) -> m.put("to", address(n))),
                limit("subject", 1000, (m, n) -> m.put("subject", "件".repeat(n))),
                limit("body", 100_000, (m, n) -> m.put("body", "本文".repeat(n / 2) + "x".repeat(n % 2))),
                limit("links", 500, (m, n) -> m.put("links", links(n, 20, 10))),
                limit("links[0].href", 4096, (m, n) -> m.put("links", List.of(link("https://example.com/" + "p".repeat(n - 20), "t")))),
                limit("links[0].text", 4096, (m, n) -> m.put("links", List.of(link("https://example.com/", "t".repeat(n))))),
                limit("headers", 50, (m, n) -> m.put("headers", headers(n, 10))),
                limit("headers", 16_384, (m, n) -> m.put("headers", Map.of("h0", "v".repeat(n)))),
                limit("locale", 35, (m, n) -> m.put("locale", "en-" + "a".repeat(n - 3))));
    }

    @ParameterizedTest(name = "/analyze {0} at {1}")
    @MethodSource("analyzeLimits")
    void everyAnalyzeFieldAtItsLimitIsAnsweredAndOnePastItIsA400NamingIt(String field, int limit,
            java.util.function.BiConsumer<Map<String, Object>, Integer> set) {
        Map<String, Object> at = analyzeBody();
        set.accept(at, limit);
        Answer ok = post("api/v1/analyze", JSON_TYPE, bytes(at));
        assertEquals(200, ok.status(), field + " at " + limit + ": " + ok.body());

        Map<String, Object> over = analyzeBody();
        set.accept(over, limit + 1);
        assertFieldProblem(post("api/v1/analyze", JSON_TYPE, bytes(over)), field);
    }

    static Stream<Arguments> reportLimits() {
        return Stream.of(
                limit("from.name", 1000, (m, n) -> from(m).put("name", "n".repeat(n))),
                limit("from.address", 320, (m, n) -> from(m).put("address", address(n))),
                limit("subject", 1000, (m, n) -> m.put("subject", "件".repeat(n))),
                limit("links", 500, (m, n) -> m.put("links", links(n, 20, 10))),
                limit("links[0].href", 4096, (m, n) -> m.put("links", List.of(link("https://example.com/" + "p".repeat(n - 20), "t")))),
                limit("links[0].text", 4096, (m, n) -> m.put("links", List.of(link("https://example.com/", "t".repeat(n))))),
                limit("reporter", 128, (m, n) -> m.put("reporter", "r".repeat(n))),
                limit("clientVersion", 64, (m, n) -> m.put("clientVersion", "v".repeat(n))));
    }

    @ParameterizedTest(name = "/reports {0} at {1}")
    @MethodSource("reportLimits")
    void everyReportFieldAtItsLimitIsStoredAndOnePastItIsA400NamingIt(String field, int limit,
            java.util.function.BiConsumer<Map<String, Object>, Integer> set) {
        Map<String, Object> at = reportBody(field + "-at");
        set.accept(at, limit);
        Answer ok = post("api/v1/reports", JSON_TYPE, bytes(at));
        assertTrue(ok.status() == 201 || ok.status() == 200, field + " at " + limit + ": " + ok.body());

        Map<String, Object> over = reportBody(field + "-over");
        set.accept(over, limit + 1);
        assertFieldProblem(post("api/v1/reports", JSON_TYPE, bytes(over)), field);
    }

    @Test
    void aReporterIdShorterThanEightCharactersIsA400NamingIt() {
        Map<String, Object> body = reportBody("short");
        body.put("reporter", "r".repeat(7));
        assertFieldProblem(post("api/v1/reports", JSON_TYPE, bytes(body)), "reporter");
    }

    // ---- the whole request: 1 MiB, with and without a length -------------------------------------------

    @Test
    void aRequestOfExactlyOneMebibyteIsAnsweredAndOneByteMoreIsA413() {
        byte[] exact = padded(MIB);
        assertEquals(MIB, exact.length);
        assertEquals(200, post("api/v1/analyze", JSON_TYPE, exact).status());
        byte[] over = padded(MIB + 1);
        assertProblem(post("api/v1/analyze", JSON_TYPE, over), 413);
    }

    @ParameterizedTest(name = "{0} bytes sent chunked")
    @ValueSource(ints = {MIB + MIB / 2, 3 * MIB})
    void aBodyOverTheLimitSentWithoutALengthIsA413Problem(int size) {
        byte[] body = padded(size);
        for (String path : List.of("api/v1/analyze", "api/v1/reports", "api/v1/analyze/eml")) {
            String type = path.endsWith("eml") ? "message/rfc822" : JSON_TYPE;
            assertProblem(postChunked(path, type, body), 413);
        }
    }

    @Test
    void aBodyUnderTheLimitSentWithoutALengthIsAnswered() {
        Answer a = postChunked("api/v1/analyze", JSON_TYPE, padded(MIB / 2));
        assertEquals(200, a.status(), a.body());
        Answer h2 = send(http, HttpRequest.newBuilder(base.resolve("api/v1/analyze")).header("Content-Type", JSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded(MIB / 2)))));
        assertEquals(200, h2.status(), "over HTTP/2: " + h2.body());
    }

    @Test
    void anHttp2BodyOverTheLimitWithoutALengthIsA413() throws IOException, InterruptedException {
        // The server's own limit answers these, with an empty body (see RequestSizeLimit). A first
        // request without a body upgrades the client's connection to HTTP/2; sent as the upgrade
        // request itself, the body would go over HTTP/1.1.
        assertEquals(HttpClient.Version.HTTP_2,
                http.send(HttpRequest.newBuilder(base.resolve("q/health/live")).build(), HttpResponse.BodyHandlers.discarding()).version());
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/v1/analyze")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", JSON_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded(3 * MIB)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, r.version());
            assertEquals(413, r.statusCode());
        } catch (IOException e) {
            // The server answers 413 and closes the connection (GOAWAY); a client still sending
            // its body may see only the close.
            assertTrue(ServerClose.seenBy(e), "refused, not failed: " + e);
        }
    }

    @Test
    void aRawMessageOverTheLimitIsA413Problem() {
        byte[] eml = ("Subject: big\r\nFrom: a@example.com\r\n\r\n" + "x".repeat(MIB + 10)).getBytes(StandardCharsets.UTF_8);
        assertProblem(post("api/v1/analyze/eml", "message/rfc822", eml), 413);
    }

    // ---- invalid UTF-8, nested JSON, many links, huge subjects -------------------------------------------

    /** Bytes no UTF-8 decoder accepts: a lone continuation byte, 0xFF, 0xFE, a sequence cut short. */
    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"ff", "fe", "80", "e3", "eda0"})
    void invalidUtf8InsideAFieldIsA400Problem(String hex) {
        for (String path : List.of("api/v1/analyze", "api/v1/reports")) {
            assertProblem(post(path, JSON_TYPE, withSubjectBytes(hex)), 400);
        }
    }

    /**
     * Ill-formed but decodable sequences (an overlong "/", a code point past U+10FFFF, an encoded
     * surrogate): Jackson reads some of them leniently. Either answer is fine, a 500 is not.
     */
    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"c0af", "f4908080", "eda080", "f8888080af"})
    void illFormedUtf8InsideAFieldIsA400ProblemOrAnAnswer(String hex) {
        for (String path : List.of("api/v1/analyze", "api/v1/reports")) {
            Answer a = post(path, JSON_TYPE, withSubjectBytes(hex));
            if (a.status() == 400) {
                assertProblem(a, 400);
            } else {
                assertTrue(a.status() == 200 || a.status() == 201, a.status() + " " + a.body());
            }
        }
    }

    private static byte[] withSubjectBytes(String hex) {
        byte[] prefix = ("{\"from\":{\"address\":\"a@example.com\"},\"reporter\":\"reporter-utf8-" + hex + "\",\"subject\":\"x")
                .getBytes(StandardCharsets.UTF_8);
        return concat(prefix, java.util.HexFormat.of().parseHex(hex), "\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesWrittenAsJsonEscapesAreAnalyzed() {
        String body = "{\"from\":{\"name\":\"\\ud800Amazon\",\"address\":\"a@example.com\"},\"subject\":\"\\udc00\\ud83d\","
                + "\"body\":\"x\\udfff\",\"links\":[{\"href\":\"https://\\ud800.example/\",\"text\":\"\\ud800\"}]}";
        Answer a = post("api/v1/analyze", JSON_TYPE, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, a.status(), a.body());
    }

    @Test
    void arbitraryBytesAreA400Problem() {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(6).nextBytes(noise);
        assertProblem(post("api/v1/analyze", JSON_TYPE, noise), 400);
        assertProblem(post("api/v1/reports", JSON_TYPE, noise), 400);
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {2_000, 100_000})
    void jsonNestedDeeperThanTheParserAllowsIsA400Problem(int depth) {
        String arrays = "{\"from\":{\"address\":\"a@example.com\"},\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        assertProblem(post("api/v1/analyze", JSON_TYPE, arrays.getBytes(StandardCharsets.UTF_8)), 400);
        String objects = "{\"from\":{\"address\":\"a@example.com\"},\"links\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
        assertProblem(post("api/v1/reports", JSON_TYPE, objects.getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void nestingTheParserAllowsInAnUnknownFieldIsIgnored() {
        String body = "{\"from\":{\"address\":\"a@example.com\"},\"extra\":" + "[".repeat(500) + "]".repeat(500) + "}";
        assertEquals(200, post("api/v1/analyze", JSON_TYPE, body.getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void tenThousandLinksAreA400ProblemOnTheJsonApi() {
        Map<String, Object> body = analyzeBody();
        body.put("links", links(10_000, 20, 4));
        assertFieldProblem(post("api/v1/analyze", JSON_TYPE, bytes(body)), "links");
        Map<String, Object> report = reportBody("ten-thousand");
        report.put("links", links(10_000, 20, 4));
        assertFieldProblem(post("api/v1/reports", JSON_TYPE, bytes(report)), "links");
    }

    @Test
    void aRawMessageWithTenThousandLinksIsAnalyzedOnItsFirstThousand() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) {
            html.append("<a href=\"https://l").append(i).append(".example/\">x</a>");
        }
        html.append("</body></html>");
        String eml = "From: Shop <shop@example.com>\r\nSubject: links\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html;
        Answer a = post("api/v1/analyze/eml", "message/rfc822", eml.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, a.status(), a.body());
        assertTrue(a.json().path("links").size() <= 1000, "links analyzed: " + a.json().path("links").size());
    }

    @Test
    void aSubjectOfOneMebibyteIsA413AndJustUnderItA400NamingTheSubject() {
        Map<String, Object> huge = analyzeBody();
        huge.put("subject", "s".repeat(MIB));
        assertProblem(post("api/v1/analyze", JSON_TYPE, bytes(huge)), 413);
        Map<String, Object> under = analyzeBody();
        under.put("subject", "s".repeat(MIB - 200));
        assertFieldProblem(post("api/v1/analyze", JSON_TYPE, bytes(under)), "subject");
    }

    @Test
    void aRawMessageWithANearlyOneMebibyteSubjectIsAnalyzed() {
        String eml = "From: a@example.com\r\nSubject: " + "件名".repeat(170_000) + "\r\n\r\nbody\r\n";
        assertTrue(eml.getBytes(StandardCharsets.UTF_8).length < MIB);
        Answer a = post("api/v1/analyze/eml", "message/rfc822", eml.getBytes(StandardCharsets.UTF_8));
        assertTrue(a.status() == 200 || a.status() == 400, a.status() + " " + a.body());
        if (a.status() == 400) {
            assertProblem(a, 400);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static final String JSON_TYPE = "application/json";

    private static Arguments limit(String field, int limit, java.util.function.BiConsumer<Map<String, Object>, Integer> set) {
        return Arguments.of(field, limit, set);
    }

    private static Map<String, Object> analyzeBody() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", new LinkedHashMap<>(Map.of("address", "sender@example.com")));
        m.put("subject", "お知らせ");
        return m;
    }

    private static Map<String, Object> reportBody(String tag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", new LinkedHashMap<>(Map.of("address", "sender@scale-" + Math.abs(tag.hashCode()) + ".example")));
        m.put("subject", "report " + tag);
        m.put("reporter", "scale-reporter-" + Math.abs(tag.hashCode()) + "-0123456789");
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> from(Map<String, Object> m) {
        return (Map<String, Object>) m.get("from");
    }

    /** An address of exactly n characters. */
    private static String address(int n) {
        String domain = "@example.com";
        return "a".repeat(n - domain.length()) + domain;
    }

    private static Map<String, String> link(String href, String text) {
        return Map.of("href", href, "text", text);
    }

    private static List<Map<String, String>> links(int n, int hrefLength, int textLength) {
        List<Map<String, String>> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String href = "https://l" + i + ".example/";
            links.add(link(href + "p".repeat(Math.max(0, hrefLength - href.length())), "t".repeat(textLength)));
        }
        return links;
    }

    private static Map<String, String> headers(int n, int valueLength) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            h.put("X-Header-" + i, "v".repeat(valueLength));
        }
        return h;
    }

    /** A valid /analyze body of exactly {@code size} bytes (within every field limit while it fits 1 MiB). */
    private static byte[] padded(int size) {
        String head = "{\"from\":{\"address\":\"a@example.com\"},\"links\":[";
        StringBuilder sb = new StringBuilder(size).append(head);
        int i = 0;
        String tail = "]}";
        while (true) {
            String link = (i == 0 ? "" : ",") + "{\"href\":\"https://example.com/" + i + "\",\"text\":\"";
            int room = size - sb.length() - link.length() - "\"}".length() - tail.length();
            if (room <= 4096 || i == 499) {
                int text = Math.max(0, room);
                sb.append(link).append("t".repeat(text)).append("\"}");
                break;
            }
            sb.append(link).append("t".repeat(4096)).append("\"}");
            i++;
        }
        sb.append(tail);
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        return b;
    }

    private static byte[] bytes(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private Answer post(String path, String type, byte[] body) {
        return send(http, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends the body over HTTP/1.1 without a Content-Length (Transfer-Encoding: chunked). */
    private Answer postChunked(String path, String type, byte[] body) {
        return send(http11, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private Answer send(HttpClient client, HttpRequest.Builder request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Answer a = new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    (System.nanoTime() - t0) / 1_000_000);
            assertTrue(a.millis() < MAX_MILLIS, "answered in " + a.millis() + " ms");
            assertTrue(a.status() < 500, "never a server error: " + a.status() + " " + a.body());
            return a;
        } catch (IOException e) {
            throw new AssertionError("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), "problem content type: " + a.contentType());
        JsonNode p = a.json();
        assertEquals(status, p.path("status").asInt());
        assertTrue(p.path("type").asText().startsWith("https://minuku.dev/problems/"), a.body());
        assertTrue(!a.body().contains("Exception") && !a.body().contains("\tat "), "no internals: " + a.body());
    }

    private static void assertFieldProblem(Answer a, String field) {
        assertProblem(a, 400);
        List<String> fields = new ArrayList<>();
        a.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertTrue(fields.contains(field), "errors name " + field + ": " + a.body());
    }
}
