package dev.minuku.evaluation;

import dev.minuku.analysis.AnalysisResult;
import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.Finding;
import dev.minuku.analysis.ScoringPolicy;
import dev.minuku.analysis.Signal;
import dev.minuku.analysis.SignalGroup;
import dev.minuku.analysis.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Fits the scoring weights on labelled mail instead of guessing them
 * ({@code bin/fit-weights}; the procedure and its figures: docs/scoring.md).
 *
 * <p>The engine runs once over the corpora; each mail becomes a feature vector
 * with, per signal, the confidence of its strongest finding (what
 * {@link ScoringPolicy} counts). A logistic regression then explains the label
 * with the score in points: {@code P(phishing) = σ((Σ w·x − T) / S)}, where T is
 * {@code threshold.suspicious} (a mail at the suspicious line is even odds) and
 * S = {@value #SCALE} points per logit, the one scale that maps coefficients to
 * points so the thresholds keep their meaning. The weights are MAP estimates
 * under a Gaussian prior centred on the hand weights of {@link Signal} (penalty
 * Σ (w − w₀)² / 2τ²): a signal the data rarely shows keeps its hand weight. The
 * prior width τ is chosen by leave-one-out log loss from a fixed grid. Every
 * weight stays in a box ({@link #bounds}): between half and twice its hand weight,
 * signs kept (reassurance ≤ 0, the rest ≥ 0), no single evidence finding at the
 * scam line, no single word finding at the suspicious line. Caps, thresholds and
 * the evidence rule are hand-set and apply to the fitted weights as to any others.
 *
 * <p>Deterministic: no randomness, coordinates in catalog order, mails in file
 * order; the same corpora and rules give the same weights.
 */
public final class WeightFitting {

    /** Points per logit unit: 10 points more doubles the odds about 2.7 times. */
    public static final double SCALE = 10.0;
    /** Prior widths (points) tried; the one with the lowest leave-one-out log loss is used. */
    static final double[] PRIOR_WIDTHS = {3, 5, 8, 12, 20, 30};
    public static final Path DEFAULT_SCORING = Path.of("src/main/resources/minuku/scoring.properties");
    public static final Path DEFAULT_FIXTURES = Path.of("src/test/resources/corpus/fixtures.jsonl");
    public static final Path DEFAULT_DEV = Path.of("../shared/corpus/dev.jsonl");

    static final String BLOCK_START = "# ---- weights (written by bin/fit-weights";
    static final String BLOCK_END = "# ---- end of weights";

    private static final int MAX_SWEEPS = 20_000;
    private static final double TOLERANCE = 1e-9;

    private WeightFitting() {
    }

    /** One labelled mail as the fit sees it: its findings and their feature vector. */
    public record Example(String id, String corpus, boolean phish, List<Finding> findings, double[] x) {
    }

    /** The signals whose weights are fitted: every signal with a non-zero hand weight. */
    public static List<Signal> fittedSignals() {
        List<Signal> out = new ArrayList<>();
        for (Signal s : Signal.values()) {
            if (s.defaultWeight() != 0) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Per fitted signal, the confidence of its strongest finding (0 when absent). */
    public static double[] features(List<Finding> findings, List<Signal> signals) {
        double[] x = new double[signals.size()];
        for (Finding f : findings) {
            int j = signals.indexOf(f.signal());
            if (j >= 0) {
                x[j] = Math.max(x[j], f.confidence());
            }
        }
        return x;
    }

    /** The box a signal's weight stays in. */
    public record Bounds(double low, double high) {
        double clamp(double w) {
            return Math.max(low, Math.min(high, w));
        }
    }

    /**
     * The fit may halve or double a hand weight, never flip its sign or switch a rule
     * off; and two principles hold whatever the data: no single evidence finding
     * reaches the scam line (at most scam − 10), no single word finding reaches the
     * suspicious line (at most suspicious − 1). Reassurance stays within its cap.
     */
    public static Bounds bounds(Signal s, int suspiciousThreshold, int scamThreshold, int reassuranceCap) {
        int hand = s.defaultWeight();
        if (s.group() == SignalGroup.REASSURANCE) {
            return new Bounds(Math.max(-reassuranceCap, 2 * hand), Math.min(-1, Math.ceil(hand / 2.0)));
        }
        int ceiling = s.group().isEvidence() ? scamThreshold - 10 : suspiciousThreshold - 1;
        return new Bounds(Math.max(1, Math.ceil(hand / 2.0)), Math.min(2 * hand, ceiling));
    }

    /** The fit's settings: intercept threshold T, scale S, prior centre, prior width and bounds. */
    public record Model(double threshold, double scale, double[] prior, double width, Bounds[] bounds) {
    }

    /**
     * MAP weights by cyclic coordinate descent with safeguarded Newton steps, from
     * the prior centre (clamped). The objective is convex and the box is a product
     * of intervals, so this reaches the one optimum whatever the start.
     */
    public static double[] fit(List<Example> data, Model m) {
        return fit(data, m, null);
    }

    static double[] fit(List<Example> data, Model m, double[] start) {
        int d = m.prior().length;
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = m.bounds()[j].clamp(start == null ? m.prior()[j] : start[j]);
        }
        int n = data.size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = logit(data.get(i).x(), w, m);
        }
        double invVar = 1 / (m.width() * m.width());
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double largest = 0;
            for (int j = 0; j < d; j++) {
                double g = (w[j] - m.prior()[j]) * invVar;
                double h = invVar;
                boolean seen = false;
                for (int i = 0; i < n; i++) {
                    double xj = data.get(i).x()[j];
                    if (xj == 0) {
                        continue;
                    }
                    seen = true;
                    double p = sigmoid(z[i]);
                    double y = data.get(i).phish() ? 1 : 0;
                    g += (p - y) * xj / m.scale();
                    h += p * (1 - p) * xj * xj / (m.scale() * m.scale());
                }
                if (!seen) {
                    // No mail shows the signal: only the prior speaks, and no score changes.
                    w[j] = m.bounds()[j].clamp(m.prior()[j]);
                    continue;
                }
                double step = m.bounds()[j].clamp(w[j] - g / h) - w[j];
                if (step == 0) {
                    continue;
                }
                double before = coordinateObjective(data, z, j, 0, w[j], m, invVar);
                double t = 1;
                while (t > 1e-6 && coordinateObjective(data, z, j, t * step, w[j], m, invVar) > before) {
                    t /= 2;
                }
                double delta = t * step;
                if (Math.abs(delta) < 1e-15) {
                    continue;
                }
                w[j] += delta;
                for (int i = 0; i < n; i++) {
                    double xj = data.get(i).x()[j];
                    if (xj != 0) {
                        z[i] += delta * xj / m.scale();
                    }
                }
                largest = Math.max(largest, Math.abs(delta));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    /** The objective's part that depends on weight j, after moving it by delta. */
    private static double coordinateObjective(List<Example> data, double[] z, int j, double delta, double wj, Model m,
            double invVar) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double xj = data.get(i).x()[j];
            if (xj == 0) {
                continue;
            }
            sum += loss(data.get(i).phish(), z[i] + delta * xj / m.scale());
        }
        double dw = wj + delta - m.prior()[j];
        return sum + 0.5 * dw * dw * invVar;
    }

    static double logit(double[] x, double[] w, Model m) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += w[j] * x[j];
        }
        return (s - m.threshold()) / m.scale();
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** Log loss of one mail: −log P(its label). */
    static double loss(boolean phish, double z) {
        // log(1 + e^z) − y·z, written to stay finite for large |z|
        double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
        return softplus - (phish ? z : 0);
    }

    /** Leave-one-out: each mail judged by weights fitted without it. */
    public record HeldOut(double width, double meanLoss, List<Verdict> verdicts) {
    }

    /**
     * Fits once per mail on all the others (from the full fit, which only speeds the
     * descent to the same optimum) and judges the mail left out: its log loss under the
     * model, and its verdict under the scoring file with the weights rounded and boxed.
     */
    static HeldOut leaveOneOut(List<Example> data, Model m, double[] full, List<Signal> signals, Properties base) {
        double sum = 0;
        List<Verdict> verdicts = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            double[] w = fit(without(data, i), m, full);
            sum += loss(data.get(i).phish(), logit(data.get(i).x(), w, m));
            verdicts.add(policy(base, rounded(signals, w, m.bounds())).score(data.get(i).findings()).verdict());
        }
        return new HeldOut(m.width(), sum / data.size(), List.copyOf(verdicts));
    }

    private static List<Example> without(List<Example> data, int i) {
        List<Example> rest = new ArrayList<>(data.size() - 1);
        rest.addAll(data.subList(0, i));
        rest.addAll(data.subList(i + 1, data.size()));
        return rest;
    }

    /** Whole points, inside the bounds: what the scoring file holds. */
    public static Map<Signal, Integer> rounded(List<Signal> signals, double[] w, Bounds[] bounds) {
        Map<Signal, Integer> out = new EnumMap<>(Signal.class);
        for (int j = 0; j < signals.size(); j++) {
            out.put(signals.get(j), (int) Math.round(bounds[j].clamp(w[j])));
        }
        return out;
    }

    /** The scoring file's caps and thresholds with these weights. */
    public static ScoringPolicy policy(Properties base, Map<Signal, Integer> weights) {
        Properties p = new Properties();
        for (String key : base.stringPropertyNames()) {
            if (!key.startsWith("weight.")) {
                p.setProperty(key, base.getProperty(key));
            }
        }
        weights.forEach((s, w) -> p.setProperty("weight." + s.code(), Integer.toString(w)));
        return ScoringPolicy.fromProperties(p);
    }

    /** Detection figures of one set of verdicts. */
    public record Figures(int phish, int legit, int phishFlagged, int phishScam, int legitScam, int legitSuspicious) {

        static Figures of(List<Example> data, List<Verdict> verdicts) {
            int phish = 0;
            int legit = 0;
            int flagged = 0;
            int scam = 0;
            int legitScam = 0;
            int legitSuspicious = 0;
            for (int i = 0; i < data.size(); i++) {
                Verdict v = verdicts.get(i);
                if (data.get(i).phish()) {
                    phish++;
                    flagged += v != Verdict.SAFE ? 1 : 0;
                    scam += v == Verdict.SCAM ? 1 : 0;
                } else {
                    legit++;
                    legitScam += v == Verdict.SCAM ? 1 : 0;
                    legitSuspicious += v == Verdict.SUSPICIOUS ? 1 : 0;
                }
            }
            return new Figures(phish, legit, flagged, scam, legitScam, legitSuspicious);
        }

        String row() {
            return String.format(Locale.ROOT, "%s  %s  %s  %s", ratio(phishFlagged, phish), ratio(phishScam, phish),
                    ratio(legitScam, legit), ratio(legitSuspicious, legit));
        }

        private static String ratio(int a, int b) {
            return String.format(Locale.ROOT, "%13s", a + "/" + b + (b == 0 ? "" : String.format(Locale.ROOT, " %5.1f%%", 100.0 * a / b)));
        }
    }

    /** Everything one run of the procedure produces. */
    public record Result(List<Signal> signals, double width, List<HeldOut> byWidth, double[] raw,
            Map<Signal, Integer> hand, Map<Signal, Integer> fitted, List<Verdict> handVerdicts,
            List<Verdict> fittedVerdicts, List<Verdict> heldOutVerdicts) {
    }

    /** Chooses τ, fits on all mails, and scores every mail with hand, fitted and held-out weights. */
    public static Result run(List<Example> data, Properties base) {
        List<Signal> signals = fittedSignals();
        int suspicious = Integer.parseInt(base.getProperty("threshold.suspicious", "25").trim());
        int scam = Integer.parseInt(base.getProperty("threshold.scam", "60").trim());
        int reassuranceCap = Integer.parseInt(base.getProperty("cap.REASSURANCE", "45").trim());
        double[] prior = new double[signals.size()];
        Bounds[] bounds = new Bounds[signals.size()];
        Map<Signal, Integer> hand = new EnumMap<>(Signal.class);
        for (int j = 0; j < signals.size(); j++) {
            prior[j] = signals.get(j).defaultWeight();
            bounds[j] = bounds(signals.get(j), suspicious, scam, reassuranceCap);
            hand.put(signals.get(j), signals.get(j).defaultWeight());
        }
        List<HeldOut> byWidth = new ArrayList<>();
        HeldOut best = null;
        for (double width : PRIOR_WIDTHS) {
            Model m = new Model(suspicious, SCALE, prior, width, bounds);
            HeldOut h = leaveOneOut(data, m, fit(data, m), signals, base);
            byWidth.add(h);
            if (best == null || h.meanLoss() < best.meanLoss() - 1e-12) {
                best = h;
            }
        }
        Model model = new Model(suspicious, SCALE, prior, best.width(), bounds);
        double[] raw = fit(data, model);
        Map<Signal, Integer> fitted = rounded(signals, raw, bounds);
        ScoringPolicy handPolicy = policy(base, hand);
        ScoringPolicy fittedPolicy = policy(base, fitted);
        List<Verdict> handVerdicts = new ArrayList<>();
        List<Verdict> fittedVerdicts = new ArrayList<>();
        for (Example e : data) {
            handVerdicts.add(handPolicy.score(e.findings()).verdict());
            fittedVerdicts.add(fittedPolicy.score(e.findings()).verdict());
        }
        return new Result(signals, best.width(), byWidth, raw, hand, fitted, handVerdicts, fittedVerdicts, best.verdicts());
    }

    /** Runs the engine once over the labelled mails (findings do not depend on weights). */
    public static List<Example> examples(Analyzer analyzer, Map<String, List<CorpusEvaluation.Sample>> corpora) {
        List<Signal> signals = fittedSignals();
        List<Example> out = new ArrayList<>();
        corpora.forEach((name, samples) -> {
            for (CorpusEvaluation.Outcome o : CorpusEvaluation.run(analyzer, samples)) {
                List<Finding> findings = o.result().findings().stream().map(AnalysisResult.ExplainedFinding::finding).toList();
                out.add(new Example(o.sample().id(), name, o.sample().phish(), findings, features(findings, signals)));
            }
        });
        return out;
    }

    /**
     * The scoring file with its weight block replaced: comments, caps and thresholds
     * stay as they are; every other {@code weight.} line is dropped, the block goes
     * before the group caps (or at the end).
     */
    public static String withWeights(String scoringFile, Map<Signal, Integer> weights, List<String> header) {
        List<String> kept = new ArrayList<>();
        boolean inBlock = false;
        for (String line : scoringFile.split("\n", -1)) {
            if (line.startsWith(BLOCK_START)) {
                inBlock = true;
                continue;
            }
            if (inBlock) {
                if (line.startsWith(BLOCK_END)) {
                    inBlock = false;
                }
                continue;
            }
            if (line.strip().startsWith("weight.")) {
                continue;
            }
            kept.add(line);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        List<String> block = new ArrayList<>();
        block.add(pad(BLOCK_START + "; hand weights: Signal.java) "));
        header.forEach(h -> block.add("# " + h));
        SignalGroup group = null;
        for (Map.Entry<Signal, Integer> e : weights.entrySet()) {
            if (e.getKey().group() != group) {
                group = e.getKey().group();
                block.add("# " + group.name().toLowerCase(Locale.ROOT));
            }
            block.add("weight." + e.getKey().code() + "=" + e.getValue());
        }
        block.add(pad(BLOCK_END + " "));
        int at = kept.size();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).startsWith("# ---- group caps")) {
                at = i;
                break;
            }
        }
        // One blank line on each side of the block, however many the removed lines left.
        List<String> before = new ArrayList<>(kept.subList(0, at));
        while (!before.isEmpty() && before.get(before.size() - 1).isBlank()) {
            before.remove(before.size() - 1);
        }
        List<String> after = new ArrayList<>(kept.subList(at, kept.size()));
        while (!after.isEmpty() && after.get(0).isBlank()) {
            after.remove(0);
        }
        List<String> out = new ArrayList<>(before);
        if (!out.isEmpty()) {
            out.add("");
        }
        out.addAll(block);
        if (!after.isEmpty()) {
            out.add("");
            out.addAll(after);
        }
        return String.join("\n", out).stripTrailing() + "\n";
    }

    private static String pad(String s) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < 80) {
            b.append('-');
        }
        return b.toString();
    }

    /** Prints the procedure's report: the prior width, every weight before and after, and the figures. */
    public static void report(List<Example> data, Result r, PrintStream out) {
        out.printf(Locale.ROOT, "model: P(phishing) = 1 / (1 + exp(-(score - T) / %.0f)), prior N(hand weight, tau^2)%n", SCALE);
        out.println("prior width tau by leave-one-out log loss (and the held-out verdicts it gives):");
        out.println("  tau   loss    phish flagged     phish scam   genuine scam  genuine susp.");
        for (HeldOut h : r.byWidth()) {
            out.printf(Locale.ROOT, "  %4.1f  %.4f %s%s%n", h.width(), h.meanLoss(), Figures.of(data, h.verdicts()).row(),
                    h.width() == r.width() ? "  <- chosen" : "");
        }
        out.println();
        out.println("| signal | group | hand | fitted | phishing mails | genuine mails |");
        out.println("|---|---|---:|---:|---:|---:|");
        for (int j = 0; j < r.signals().size(); j++) {
            Signal s = r.signals().get(j);
            int inPhish = 0;
            int inLegit = 0;
            for (Example e : data) {
                if (e.x()[j] > 0) {
                    if (e.phish()) {
                        inPhish++;
                    } else {
                        inLegit++;
                    }
                }
            }
            out.printf(Locale.ROOT, "| `%s` | %s | %d | %d | %d | %d |%n", s.code(), s.group().name().toLowerCase(Locale.ROOT),
                    r.hand().get(s), r.fitted().get(s), inPhish, inLegit);
        }
        out.println();
        out.println("corpus          weights      phish flagged     phish scam   genuine scam  genuine susp.");
        Map<String, List<Integer>> byCorpus = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            byCorpus.computeIfAbsent(data.get(i).corpus(), k -> new ArrayList<>()).add(i);
        }
        byCorpus.put("all", java.util.stream.IntStream.range(0, data.size()).boxed().toList());
        byCorpus.forEach((corpus, idx) -> {
            List<Example> part = idx.stream().map(data::get).toList();
            out.printf(Locale.ROOT, "%-15s %-9s %s%n", corpus, "hand", Figures.of(part, pick(r.handVerdicts(), idx)).row());
            out.printf(Locale.ROOT, "%-15s %-9s %s%n", corpus, "fitted", Figures.of(part, pick(r.fittedVerdicts(), idx)).row());
            out.printf(Locale.ROOT, "%-15s %-9s %s%n", corpus, "held-out", Figures.of(part, pick(r.heldOutVerdicts(), idx)).row());
        });
    }

    private static List<Verdict> pick(List<Verdict> all, List<Integer> idx) {
        return idx.stream().map(all::get).toList();
    }

    /** {@code bin/fit-weights [--dry-run] [--scoring file] [corpus.jsonl ...]} */
    public static void main(String[] args) throws IOException {
        boolean dryRun = false;
        Path scoring = DEFAULT_SCORING;
        List<Path> corpora = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run", "-n" -> dryRun = true;
                case "--scoring" -> scoring = Path.of(args[++i]);
                default -> corpora.add(Path.of(args[i]));
            }
        }
        if (corpora.isEmpty()) {
            corpora.add(DEFAULT_FIXTURES);
            corpora.add(DEFAULT_DEV);
        }
        Map<String, List<CorpusEvaluation.Sample>> samples = new LinkedHashMap<>();
        for (Path p : corpora) {
            samples.put(p.getFileName().toString(), CorpusEvaluation.read(p));
        }
        String file = Files.readString(scoring, StandardCharsets.UTF_8);
        Properties base = new Properties();
        base.load(new StringReader(file));
        List<Example> data = examples(Analyzer.withDefaults(), samples);
        long phish = data.stream().filter(Example::phish).count();
        System.out.printf(Locale.ROOT, "data: %d mails (%d phishing, %d genuine) from %s%n", data.size(), phish,
                data.size() - phish, String.join(", ", samples.keySet()));
        Result r = run(data, base);
        report(data, r, System.out);
        List<String> header = new ArrayList<>();
        StringBuilder sizes = new StringBuilder();
        samples.forEach((name, s) -> sizes.append(sizes.length() == 0 ? "" : ", ").append(name).append(' ').append(s.size()));
        header.add(String.format(Locale.ROOT, "Fitted on %d labelled mails (%s): logistic regression", data.size(), sizes));
        header.add(String.format(Locale.ROOT, "P(phishing) = 1/(1+exp(-(score-threshold.suspicious)/%.0f)), MAP with a", SCALE));
        header.add(String.format(Locale.ROOT, "Gaussian prior on the hand weights (tau %.0f points). Rerun: docs/scoring.md.", r.width()));
        String updated = withWeights(file, r.fitted(), header);
        if (dryRun) {
            System.out.println();
            System.out.println("dry run: " + scoring + " not written");
        } else if (!updated.equals(file)) {
            Files.writeString(scoring, updated, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println("wrote the weights to " + scoring);
        } else {
            System.out.println();
            System.out.println(scoring + " already holds these weights");
        }
    }
}
