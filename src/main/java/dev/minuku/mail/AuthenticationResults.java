package dev.minuku.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code Authentication-Results} header (RFC 8601) read leniently:
 * {@code authserv-id; method=result (comment) ptype.prop=value ...; ...}.
 */
public record AuthenticationResults(String authservId, List<Result> results) {

    /** One method's outcome, e.g. dmarc=fail with header.from=example.com. */
    public record Result(String method, String result, Map<String, String> properties) {
        public String property(String name) {
            return properties.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public static AuthenticationResults parse(String header) {
        if (header == null || header.isBlank()) {
            return new AuthenticationResults("", List.of());
        }
        String text = stripComments(header);
        String[] parts = text.split(";");
        String authserv = parts[0].strip().split("\\s+")[0];
        List<Result> results = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] tokens = parts[i].strip().split("\\s+");
            if (tokens.length == 0 || tokens[0].indexOf('=') < 0) {
                continue;
            }
            String[] mr = tokens[0].split("=", 2);
            String method = mr[0].toLowerCase(Locale.ROOT).strip();
            int slash = method.indexOf('/');
            if (slash >= 0) {
                method = method.substring(0, slash); // method/version
            }
            String result = mr[1].toLowerCase(Locale.ROOT).strip();
            if (!method.matches("[a-z0-9-]+") || !result.matches("[a-z]+")) {
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (int t = 1; t < tokens.length; t++) {
                int eq = tokens[t].indexOf('=');
                if (eq > 0) {
                    props.putIfAbsent(tokens[t].substring(0, eq).toLowerCase(Locale.ROOT),
                            unquote(tokens[t].substring(eq + 1)));
                }
            }
            results.add(new Result(method, result, props));
        }
        return new AuthenticationResults(authserv, List.copyOf(results));
    }

    public Optional<Result> first(String method) {
        return results.stream().filter(r -> r.method().equals(method)).findFirst();
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Removes (comments), which may nest, outside quoted strings. */
    static String stripComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && depth == 0) {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
                continue;
            }
            if (!quoted && c == ')' && depth > 0) {
                depth--;
                continue;
            }
            if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
