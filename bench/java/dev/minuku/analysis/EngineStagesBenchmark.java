package dev.minuku.analysis;

import dev.minuku.bench.HttpTypicalEmail;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the time of one analysis of the HTTP load test's email goes: preparing
 * the context, then each rule. A rule is measured together with a fresh
 * preparation (prepareThenRule minus prepare), because values the context
 * computes lazily for the rules would otherwise be measured only once.
 * Explaining is the rest: analyze minus prepare minus every rule.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineStagesBenchmark {

    private Analyzer analyzer;
    private EmailMessage mail;

    @Setup
    public void setup() {
        analyzer = Analyzer.withDefaults();
        mail = HttpTypicalEmail.message();
    }

    /** One rule of the shipped engine, by id. */
    @State(Scope.Benchmark)
    public static class OneRule {
        @Param({"sender", "links", "sender-notice", "headers", "brand-policy", "reassurance", "community",
                "identity-brand-obfuscated", "content-generic-notice", "content-phrases", "content-unnatural-japanese",
                "content-spaced-text", "content-mixed-width", "content-official-url-as-text", "pressure-pattern"})
        public String id;
        Rule rule;

        @Setup
        public void setup(EngineStagesBenchmark bench) {
            List<Rule> rules = DefaultRules.create(bench.analyzer.brands());
            rule = rules.stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in "
                            + rules.stream().map(Rule::id).toList()));
        }
    }

    @Benchmark
    public AnalysisContext prepare() {
        return analyzer.prepare(mail, CommunityLookup.NONE);
    }

    @Benchmark
    public List<Finding> prepareThenRule(OneRule one) {
        return one.rule.evaluate(analyzer.prepare(mail, CommunityLookup.NONE));
    }

    @Benchmark
    public AnalysisResult analyze() {
        return analyzer.analyze(mail, Explainer.JAPANESE);
    }
}
