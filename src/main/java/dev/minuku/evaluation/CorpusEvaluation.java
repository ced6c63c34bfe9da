package dev.minuku.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minuku.analysis.AnalysisResult;
import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.EmailMessage;
import dev.minuku.analysis.Explainer;
import dev.minuku.analysis.Verdict;
import dev.minuku.mail.MailParser;
import dev.minuku.mail.MalformedMailException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the engine over a labelled JSONL corpus (the format of
 * shared/corpus/dev.jsonl: label phish|legit, lang, from_name, from_address,
 * to, subject, body, links[{href,text}]) and prints detection figures and
 * every miss with its findings. Usage: {@code bin/evaluate [corpus.jsonl ...] [-v] [--tables]}.
 */
public final class CorpusEvaluation {

    /**
     * One labelled email of a corpus, with the corpus's own ground-truth labels when it
     * has them: the brand it impersonates or comes from, and the tricks it uses
     * (dev.jsonl's {@code brand} and {@code tricks}; empty for .eml files).
     */
    public record Sample(String id, String label, String lang, EmailMessage message, String brand, List<String> tricks) {

        public Sample(String id, String label, String lang, EmailMessage message) {
            this(id, label, lang, message, "", List.of());
        }

        public Sample {
            brand = brand == null ? "" : brand;
            tricks = tricks == null ? List.of() : List.copyOf(tricks);
        }

        public boolean phish() {
            return "phish".equals(label);
        }
    }

    /** The figures of one run. */
    public record Outcome(Sample sample, AnalysisResult result) {
    }

    /** A JSONL corpus, or a directory of LABEL-ID.eml files (label phish or legit). */
    public static List<Sample> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readEml(path);
        }
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = json.readTree(line);
            List<EmailMessage.LinkInput> links = new ArrayList<>();
            for (JsonNode l : o.path("links")) {
                links.add(new EmailMessage.LinkInput(l.path("href").asText(""), l.path("text").asText("")));
            }
            Map<String, String> headers = new HashMap<>();
            o.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText("")));
            EmailMessage m = new EmailMessage(
                    new EmailMessage.Sender(o.path("from_name").asText(""), o.path("from_address").asText("")),
                    o.path("reply_to").asText(null), o.path("to").asText(null), o.path("subject").asText(""),
                    o.path("body").asText(""), links, headers);
            List<String> tricks = new ArrayList<>();
            o.path("tricks").forEach(t -> tricks.add(t.asText()));
            samples.add(new Sample(o.path("id").asText(path.getFileName() + ":" + n), o.path("label").asText(),
                    o.path("lang").asText("ja"), m, o.path("brand").asText(""), tricks));
        }
        return samples;
    }

    private static List<Sample> readEml(Path dir) throws IOException {
        List<Sample> samples = new ArrayList<>();
        MailParser parser = new MailParser();
        List<Path> files;
        try (var stream = Files.list(dir)) {
            files = stream.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.eml$", "");
            int dash = name.indexOf('-');
            String label = dash > 0 ? name.substring(0, dash) : "unknown";
            try {
                EmailMessage m = withoutPlaceholderSender(parser.parse(Files.readAllBytes(f)).message());
                boolean japanese = (m.subject() + m.body()).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
                samples.add(new Sample(dash > 0 ? name.substring(dash + 1) : name, label, japanese ? "ja" : "en", m));
            } catch (MalformedMailException e) {
                System.err.println("skipped " + f.getFileName() + ": " + e.getMessage());
            }
        }
        return samples;
    }

    /**
     * corpus_to_eml.py writes {@value #NO_ADDRESS} where the corpus has no sender
     * address (a .eml needs one); read it back as no address, as in the JSONL.
     */
    private static EmailMessage withoutPlaceholderSender(EmailMessage m) {
        if (!m.from().address().equalsIgnoreCase(NO_ADDRESS)) {
            return m;
        }
        return new EmailMessage(new EmailMessage.Sender(m.from().name(), ""), m.replyTo(), m.to(), m.subject(), m.body(),
                m.links(), m.headers());
    }

    /** The sender corpus_to_eml.py writes when the corpus gives none. */
    static final String NO_ADDRESS = "unknown@unknown.invalid";

    public static List<Outcome> run(Analyzer analyzer, List<Sample> samples) {
        List<Outcome> out = new ArrayList<>();
        for (Sample s : samples) {
            Locale locale = "en".equals(s.lang()) ? Explainer.ENGLISH : Explainer.JAPANESE;
            out.add(new Outcome(s, analyzer.analyze(s.message(), locale)));
        }
        return out;
    }

    /** Flagged = scam or suspicious. */
    public static boolean flagged(Outcome o) {
        return o.result().verdict() != Verdict.SAFE;
    }

    public static void report(List<Outcome> outcomes, PrintStream out, boolean verbose) {
        report(outcomes, out, verbose, false);
    }

    /**
     * Prints the figures, the table by language and, with {@code tables}, confusion
     * tables by the corpus's own trick labels (a mail counts under each of its
     * tricks), by the engine's category of the mail, and by whether the corpus gives
     * a sender address; then the misses (every email with {@code verbose}).
     */
    public static void report(List<Outcome> outcomes, PrintStream out, boolean verbose, boolean tables) {
        long phish = outcomes.stream().filter(o -> o.sample().phish()).count();
        long legit = outcomes.size() - phish;
        long phishFlagged = outcomes.stream().filter(o -> o.sample().phish() && flagged(o)).count();
        long phishScam = outcomes.stream().filter(o -> o.sample().phish() && o.result().verdict() == Verdict.SCAM).count();
        long legitScam = outcomes.stream().filter(o -> !o.sample().phish() && o.result().verdict() == Verdict.SCAM).count();
        long legitSuspicious = outcomes.stream()
                .filter(o -> !o.sample().phish() && o.result().verdict() == Verdict.SUSPICIOUS).count();
        out.printf("emails: %d (phishing %d, genuine %d)%n", outcomes.size(), phish, legit);
        out.printf("phishing flagged (scam or suspicious): %d/%d = %s%n", phishFlagged, phish, pct(phishFlagged, phish));
        out.printf("phishing called scam:                  %d/%d = %s%n", phishScam, phish, pct(phishScam, phish));
        out.printf("genuine called scam:                   %d/%d = %s%n", legitScam, legit, pct(legitScam, legit));
        out.printf("genuine called suspicious:             %d/%d = %s%n", legitSuspicious, legit, pct(legitSuspicious, legit));
        out.println();
        table(out, "by language", outcomes, o -> List.of(o.sample().lang()));
        if (tables) {
            table(out, "by trick (the corpus's labels; a mail counts under each of its tricks)", outcomes,
                    o -> o.sample().tricks().isEmpty() ? List.of("(no label)") : o.sample().tricks());
            table(out, "by category (the engine's, from the mail's words)", outcomes,
                    o -> List.of(o.result().category().wireName()));
            table(out, "by sender address", outcomes,
                    o -> List.of(o.sample().message().from().address().isBlank() ? "missing" : "given"));
        }
        out.println("misses (phishing called safe, genuine called scam or suspicious):");
        int misses = 0;
        for (Outcome o : outcomes) {
            boolean miss = o.sample().phish() ? !flagged(o) : flagged(o);
            if (miss || verbose) {
                if (miss) {
                    misses++;
                }
                out.printf("%s %-14s %-6s -> %-10s score %3d  %s%n", miss ? "MISS" : "    ", o.sample().id(),
                        o.sample().label(), o.result().verdict().wireName(), o.result().score(),
                        o.result().findings().stream().map(f -> f.code() + "(" + f.weight() + ")").toList());
            }
        }
        if (misses == 0) {
            out.println("none");
        }
    }

    /** One confusion table: a row per (group, label), columns scam / suspicious / safe. */
    static void table(PrintStream out, String title, List<Outcome> outcomes,
            java.util.function.Function<Outcome, List<String>> groups) {
        Map<String, int[]> table = new TreeMap<>();
        int width = 5;
        for (Outcome o : outcomes) {
            for (String g : groups.apply(o)) {
                String key = g + "  " + o.sample().label();
                width = Math.max(width, key.length());
                int[] row = table.computeIfAbsent(key, k -> new int[3]);
                row[o.result().verdict().ordinal()]++;
            }
        }
        out.println(title);
        out.printf("%-" + width + "s  %5s %11s %5s%n", "", "scam", "suspicious", "safe");
        final int w = width;
        table.forEach((k, row) -> out.printf("%-" + w + "s  %5d %11d %5d%n", k, row[0], row[1], row[2]));
        out.println();
    }

    private static String pct(long a, long b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / b);
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        boolean tables = false;
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            if ("--verbose".equals(a) || "-v".equals(a)) {
                verbose = true;
            } else if ("--tables".equals(a) || "-t".equals(a)) {
                tables = true;
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("../shared/corpus/dev.jsonl"));
        }
        List<Sample> samples = new ArrayList<>();
        for (Path p : paths) {
            samples.addAll(read(p));
        }
        report(run(Analyzer.withDefaults(), samples), System.out, verbose, tables);
    }
}
