package dev.minuku.reports.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for POST /api/v1/reports, built as maps so tests read like the JSON they send. */
public final class ReportBodies {

    private ReportBodies() {
    }

    public static Map<String, Object> report(String reporter, String fromAddress, String subject, String... hrefs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", Map.of("name", "Sender", "address", fromAddress));
        body.put("subject", subject);
        body.put("links", List.of(hrefs).stream().map(h -> Map.of("href", h, "text", "open")).toList());
        body.put("reporter", reporter);
        return body;
    }

    public static Map<String, Object> notScam(String reporter, String fromAddress, String subject) {
        Map<String, Object> body = report(reporter, fromAddress, subject);
        body.put("kind", "not-scam");
        return body;
    }

    /** A reporter id of the shape the extension makes (random, long enough). */
    public static String reporter(String name) {
        return "test-reporter-" + name + "-0123456789";
    }
}
