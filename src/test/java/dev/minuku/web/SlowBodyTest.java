package dev.minuku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// API request bodies are read in full by the HTTP layer before a worker thread takes the
// request (RequestSizeLimit): a client that sends its body slowly, or never finishes it, holds
// a connection but no worker, so it cannot starve the analyses and reports of everyone else.
// Requests are written by hand over HTTP/1.1 so that the test controls every byte sent.
@QuarkusTest
class SlowBodyTest {

    private static final String EMAIL = "{\"from\":{\"name\":\"Amazon.co.jp\",\"address\":\"info@amazon-co-jp.example.top\"},"
            + "\"subject\":\"お支払い方法の確認\",\"body\":\"24時間以内にご確認ください。\","
            + "\"links\":[{\"href\":\"https://amazon-co-jp.example.top/login\",\"text\":\"https://www.amazon.co.jp/\"}]}";

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workerThreads;

    @Test
    void unfinishedBodiesOnMoreConnectionsThanWorkersDoNotStopOtherAnalyses() throws IOException {
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
