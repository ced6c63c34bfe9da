package dev.minuku.bench;

import dev.minuku.analysis.AnalysisResult;
import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.EmailMessage;
import dev.minuku.analysis.Explainer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time for one whole analysis (context, every rule, scoring, explanations).
 * The engine, registry and lexicons are built once in setup, as in the service
 * (which builds them at startup), never per call.
 * Targets (issue 6): typical < 0.5 ms, large < 10 ms, adversarial < 50 ms,
 * growth no worse than linear in body size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    private Analyzer analyzer;
    private EmailMessage typical;
    private EmailMessage large;
    private EmailMessage repeated;
    private EmailMessage nested;
    private EmailMessage dotted;
    private EmailMessage httpTypical;

    @Setup
    public void setup() {
        analyzer = Analyzer.withDefaults();
        typical = BenchEmails.typical();
        large = BenchEmails.large();
        repeated = BenchEmails.repeatedCharacter();
        nested = BenchEmails.nestedUrls();
        dotted = BenchEmails.repeatedDottedLabel();
        httpTypical = HttpTypicalEmail.message();
    }

    @Benchmark
    public AnalysisResult typical2kb5links() {
        return analyzer.analyze(typical, Explainer.JAPANESE);
    }

    /** The email of the HTTP load test (bench/http/analyze-typical.json). */
    @Benchmark
    public AnalysisResult httpTypicalJson() {
        return analyzer.analyze(httpTypical, Explainer.JAPANESE);
    }

    @Benchmark
    public AnalysisResult large100kb500links() {
        return analyzer.analyze(large, Explainer.JAPANESE);
    }

    @Benchmark
    public AnalysisResult adversarialRepeatedCharacter() {
        return analyzer.analyze(repeated, Explainer.JAPANESE);
    }

    @Benchmark
    public AnalysisResult adversarialNestedUrls() {
        return analyzer.analyze(nested, Explainer.JAPANESE);
    }

    @Benchmark
    public AnalysisResult adversarialRepeatedDottedLabel() {
        return analyzer.analyze(dotted, Explainer.JAPANESE);
    }

    /** A new set of 500 hosts for every call (built outside the measured time). */
    @State(Scope.Thread)
    public static class FreshConfusables {
        int round;
        EmailMessage mail;

        @Setup(Level.Invocation)
        public void next() {
            mail = BenchEmails.confusableHosts(++round);
        }
    }

    @Benchmark
    public AnalysisResult adversarialConfusableHosts(FreshConfusables fresh) {
        return analyzer.analyze(fresh.mail, Explainer.JAPANESE);
    }

    /** Body size scaling: the same mail with 10, 50 and 100 KB of text and 5 links. */
    @State(Scope.Benchmark)
    public static class Scaling {
        @Param({"10000", "50000", "100000"})
        public int bodyChars;
        EmailMessage mail;

        @Setup
        public void setup() {
            mail = BenchEmails.mail("Amazon.co.jp", "info@amazon-co-jp.example.top", "お支払い方法の確認",
                    BenchEmails.text(bodyChars / 3, 7), BenchEmails.links(5, 8)); // ~3 UTF-8 bytes per character
        }
    }

    @Benchmark
    public AnalysisResult bodySize(Scaling s) {
        return analyzer.analyze(s.mail, Explainer.JAPANESE);
    }
}
