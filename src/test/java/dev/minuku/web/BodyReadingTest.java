package dev.minuku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// How request bodies are read (RequestSizeLimit). Bodies of typical size are read in full by the
// HTTP layer before a worker thread takes the request: a client that sends its body slowly, or
// never finishes it, holds a connection but no worker, so it cannot starve the analyses and
// reports of everyone else. Clients that leave mid-body, or a body the HTTP layer has already
// refused, are not server errors and leave no error in the log. HTTP/1.1 requests are written by
// hand so that the test controls every byte sent.
@QuarkusTest
class BodyReadingTest {

    private static final String EMAIL = "{\"from\":{\"name\":\"Amazon.co.jp\",\"address\":\"info@amazon-co-jp.example.top\"},"
            + "\"subject\":\"お支払い方法の確認\",\"body\":\"24時間以内にご確認ください。\","
            + "\"links\":[{\"href\":\"https://amazon-co-jp.example.top/login\",\"text\":\"https://www.amazon.co.jp/\"}]}";

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workerThreads;

    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.start();
    }

    @AfterEach
    void stop() {
        log.stop();
    }

    @Test
    void unfinishedBodiesOnMoreConnectionsThanWorkersDoNotStopOtherAnalyses() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            byte[] part = EMAIL.substring(0, 40).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < workerThreads + 8; i++) {
                Socket s = connect();
                OutputStream out = s.getOutputStream();
                out.write(head("/api/v1/analyze", 10_000));
                out.write(part); // and never the rest
                out.flush();
                stalled.add(s);
            }
            long t0 = System.nanoTime();
            Reply r = exchange("/api/v1/analyze", EMAIL.getBytes(StandardCharsets.UTF_8));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.status(), r.body());
            assertTrue(r.body().contains("\"verdict\""), r.body());
            assertTrue(millis < 5_000, "answered in " + millis + " ms while " + stalled.size() + " bodies were unfinished");
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        assertNothingWarned("clients leaving mid-body are not server errors");
    }

    @Test
    void anHttp2BodyOverTheLimitIsRefusedAndNoServerError() throws Exception {
        // Without a length, the server's own limit answers while the endpoint is still reading.
        HttpClient h2 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        StringBuilder json = new StringBuilder("{\"from\":{\"address\":\"a@example.com\"},\"links\":[");
        for (int i = 0; json.length() < 3 * 1024 * 1024; i++) {
            json.append(i == 0 ? "" : ",").append("{\"href\":\"https://example.com/").append(i)
                    .append("\",\"text\":\"").append("t".repeat(4000)).append("\"}");
        }
        byte[] body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        // Sent at once and sent slowly: the endpoint's read then ends early or fails.
        List<Supplier<InputStream>> bodies = List.of(() -> new ByteArrayInputStream(body), () -> new SlowStream(body));
        for (Supplier<InputStream> sent : bodies) {
            // A request without a body first upgrades the connection to HTTP/2 (h2c): sent as the
            // upgrade request itself, the body would go over HTTP/1.1.
            HttpResponse<Void> up = h2.send(HttpRequest.newBuilder(base.resolve("q/health/live")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(HttpClient.Version.HTTP_2, up.version());
            try {
                HttpResponse<String> r = h2.send(HttpRequest.newBuilder(base.resolve("api/v1/analyze"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(sent)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(HttpClient.Version.HTTP_2, r.version());
                assertEquals(413, r.statusCode(), r.body());
            } catch (IOException e) {
                // The server answers 413 and closes the connection (GOAWAY) while the client is
                // still sending: a client that is still writing may only see the close.
                assertTrue(ServerClose.seenBy(e), "refused, not failed: " + e);
            }
        }
        assertNothingWarned("the late failure of the endpoint's read is not a server error");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/analyze", "/api/v1/reports"})
    void anEmptyBodyWithALengthOfZeroIsA400ProblemAtOnce(String path) throws IOException {
        long t0 = System.nanoTime();
        Reply r = exchange(path, new byte[0]);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(400, r.status(), r.body());
        assertTrue(r.head().toLowerCase().contains("content-type: application/problem+json"), r.head());
        assertTrue(r.body().contains("a JSON body is required"), r.body());
        assertTrue(millis < 5_000, "answered in " + millis + " ms");
    }

    record Reply(int status, String head, String body) {
    }

    /** A body that comes 64 KiB at a time, 5 ms apart. */
    private static final class SlowStream extends InputStream {
        private final ByteArrayInputStream bytes;

        SlowStream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return bytes.read(b, off, Math.min(len, 64 * 1024));
        }
    }

    /** Nothing at WARN or above; the server finishes with a request after the client has its answer, so wait a moment. */
    private void assertNothingWarned(String why) throws InterruptedException {
        Thread.sleep(500);
        Logger.getLogger("dev.minuku.web").warning("control-record"); // the capture itself works
        List<String> lines = log.lines(Level.WARNING);
        assertTrue(lines.stream().anyMatch(l -> l.contains("control-record")), "the log capture sees records");
        assertEquals(List.of(), lines.stream().filter(l -> !l.contains("control-record")).toList(), why);
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(base.getHost(), base.getPort());
        s.setSoTimeout(20_000);
        return s;
    }

    private static byte[] head(String path, int length) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One request with its whole body and a length, on a connection of its own; reads the answer to its end. */
    private Reply exchange(String path, byte[] body) throws IOException {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(head(path, body.length));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertTrue(split > 0, "an HTTP answer: " + text);
            String head = text.substring(0, split);
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, text.substring(split + 4));
        }
    }
}
