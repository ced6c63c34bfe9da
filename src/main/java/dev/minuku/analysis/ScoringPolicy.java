package dev.minuku.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Turns findings into a score, a danger level and a verdict. Weights, group
 * caps and thresholds come from {@code minuku/scoring.properties}, kept apart
 * from the rules so they can be tuned or fitted without touching rule code.
 *
 * <p>Each signal counts once per email (the strongest of its findings), so 500
 * copies of the same bad link weigh what one does. Each group is capped; only
 * groups marked as evidence can carry the verdict to {@code scam}.
 */
public final class ScoringPolicy {

    public static final String DEFAULT_RESOURCE = "minuku/scoring.properties";

    private final Map<Signal, Integer> weights;
    private final Map<SignalGroup, Integer> caps;
    private final int suspiciousThreshold;
    private final int scamThreshold;
    private final int scamEvidenceMinimum;
    private final int[] dangerBands;

    public ScoringPolicy(Map<Signal, Integer> weights, Map<SignalGroup, Integer> caps, int suspiciousThreshold,
            int scamThreshold, int scamEvidenceMinimum, int[] dangerBands) {
        this.weights = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            this.weights.put(s, weights.getOrDefault(s, s.defaultWeight()));
        }
        this.caps = new EnumMap<>(caps);
        this.suspiciousThreshold = suspiciousThreshold;
        this.scamThreshold = scamThreshold;
        this.scamEvidenceMinimum = scamEvidenceMinimum;
        if (dangerBands.length != 4) {
            throw new IllegalArgumentException("danger.bands needs 4 ascending scores (for danger 2..5)");
        }
        this.dangerBands = dangerBands.clone();
    }

    public static ScoringPolicy loadDefault() {
        try (InputStream in = ScoringPolicy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys: weight.CODE, cap.GROUP, threshold.suspicious, threshold.scam, threshold.scam-evidence, danger.bands. */
    public static ScoringPolicy fromProperties(Properties p) {
        Map<Signal, Integer> weights = new HashMap<>();
        Map<SignalGroup, Integer> caps = new EnumMap<>(SignalGroup.class);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("weight.")) {
                weights.put(Signal.valueOf(key.substring("weight.".length())), Integer.parseInt(value));
            } else if (key.startsWith("cap.")) {
                caps.put(SignalGroup.valueOf(key.substring("cap.".length())), Integer.parseInt(value));
            }
        }
        String[] bands = p.getProperty("danger.bands", "15,35,60,80").split(",");
        int[] b = new int[bands.length];
        for (int i = 0; i < bands.length; i++) {
            b[i] = Integer.parseInt(bands[i].trim());
        }
        return new ScoringPolicy(weights, caps,
                Integer.parseInt(p.getProperty("threshold.suspicious", "25").trim()),
                Integer.parseInt(p.getProperty("threshold.scam", "60").trim()),
                Integer.parseInt(p.getProperty("threshold.scam-evidence", "30").trim()),
                b);
    }

    public int weight(Signal signal) {
        return weights.get(signal);
    }

    /** The weight this finding adds, before caps. */
    public double contribution(Finding f) {
        return weight(f.signal()) * f.confidence();
    }

    public Score score(List<Finding> findings) {
        Map<Signal, Double> strongest = new EnumMap<>(Signal.class);
        for (Finding f : findings) {
            double c = contribution(f);
            strongest.merge(f.signal(), c, (a, b) -> Math.abs(b) > Math.abs(a) ? b : a);
        }
        Map<SignalGroup, Double> byGroup = new EnumMap<>(SignalGroup.class);
        strongest.forEach((s, c) -> byGroup.merge(s.group(), c, Double::sum));
        double total = 0;
        double evidence = 0;
        for (Map.Entry<SignalGroup, Double> e : byGroup.entrySet()) {
            double v = e.getValue();
            Integer cap = caps.get(e.getKey());
            if (cap != null) {
                v = v > 0 ? Math.min(v, cap) : Math.max(v, -cap);
            }
            total += v;
            if (e.getKey().isEvidence() && v > 0) {
                evidence += v;
            }
        }
        int score = (int) Math.round(Math.max(0, Math.min(100, total)));
        Verdict verdict;
        if (score >= scamThreshold && evidence >= scamEvidenceMinimum) {
            verdict = Verdict.SCAM;
        } else if (score >= suspiciousThreshold) {
            verdict = Verdict.SUSPICIOUS;
        } else {
            verdict = Verdict.SAFE;
        }
        if (verdict == Verdict.SUSPICIOUS && score >= scamThreshold) {
            // Words alone reached the scam score: hold the number just below it so
            // score, danger and verdict tell the same story.
            score = scamThreshold - 1;
        }
        int danger = 1;
        for (int band : dangerBands) {
            if (score >= band) {
                danger++;
            }
        }
        return new Score(score, danger, verdict, (int) Math.round(evidence));
    }

    /** The outcome of scoring one email. */
    public record Score(int score, int danger, Verdict verdict, int evidence) {
    }
}
