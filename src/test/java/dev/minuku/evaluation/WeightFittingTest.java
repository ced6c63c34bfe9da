package dev.minuku.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.analysis.Finding;
import dev.minuku.analysis.ScoringPolicy;
import dev.minuku.analysis.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

// The weight fit is a MAP logistic regression centred on the hand weights: signals
// the data shows on phishing rise, those it shows on genuine mail fall, unseen ones
// keep their hand weight, every weight stays in its box, and the same data gives
// the same weights. Writing them keeps the scoring file's comments, caps and thresholds.
class WeightFittingTest {

    private static final List<Signal> SIGNALS = WeightFitting.fittedSignals();

    private static WeightFitting.Example mail(String id, boolean phish, Signal... signals) {
        List<Finding> findings = new ArrayList<>();
        for (Signal s : signals) {
            findings.add(Finding.of(s, "x"));
        }
        return new WeightFitting.Example(id, "test", phish, findings, WeightFitting.features(findings, SIGNALS));
    }

    private static WeightFitting.Model model(double width) {
        double[] prior = new double[SIGNALS.size()];
        WeightFitting.Bounds[] bounds = new WeightFitting.Bounds[SIGNALS.size()];
        for (int j = 0; j < SIGNALS.size(); j++) {
            prior[j] = SIGNALS.get(j).defaultWeight();
            bounds[j] = WeightFitting.bounds(SIGNALS.get(j), 25, 60, 45);
        }
        return new WeightFitting.Model(25, WeightFitting.SCALE, prior, width, bounds);
    }

    /** Phishing that only a lure and a deadline give away, and genuine mail with a shortened link. */
    private static List<WeightFitting.Example> data() {
        List<WeightFitting.Example> data = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            data.add(mail("p" + i, true, Signal.CONTENT_LURE, Signal.CONTENT_DEADLINE));
            data.add(mail("g" + i, false, Signal.LINK_SHORTENER));
            data.add(mail("q" + i, false));
        }
        return data;
    }

    private static double weight(double[] w, Signal s) {
        return w[SIGNALS.indexOf(s)];
    }

    @Test
    void signalsSeenOnMissedPhishingRiseAndOnGenuineMailFall() {
        double[] w = WeightFitting.fit(data(), model(10));
        assertTrue(weight(w, Signal.CONTENT_LURE) > Signal.CONTENT_LURE.defaultWeight(), "lure " + weight(w, Signal.CONTENT_LURE));
        assertTrue(weight(w, Signal.CONTENT_DEADLINE) > Signal.CONTENT_DEADLINE.defaultWeight());
        assertTrue(weight(w, Signal.LINK_SHORTENER) < Signal.LINK_SHORTENER.defaultWeight(),
                "shortener " + weight(w, Signal.LINK_SHORTENER));
    }

    @Test
    void aSignalNoMailShowsKeepsItsHandWeight() {
        double[] w = WeightFitting.fit(data(), model(10));
        assertEquals(Signal.HEADER_DMARC_FAIL.defaultWeight(), weight(w, Signal.HEADER_DMARC_FAIL), 1e-12);
        assertEquals(Signal.LINK_USERINFO.defaultWeight(), weight(w, Signal.LINK_USERINFO), 1e-12);
    }

    @Test
    void aStrongerPriorKeepsWeightsCloserToTheHandWeights() {
        double loose = Math.abs(weight(WeightFitting.fit(data(), model(20)), Signal.CONTENT_LURE) - 10);
        double tight = Math.abs(weight(WeightFitting.fit(data(), model(2)), Signal.CONTENT_LURE) - 10);
        assertTrue(tight < loose, tight + " vs " + loose);
    }

    @Test
    void reassuranceSeenOnlyOnPhishingStaysNegative() {
        // Even data that contradicts a sign cannot flip it: reassurance never adds points.
        List<WeightFitting.Example> data = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            data.add(mail("p" + i, true, Signal.OFFICIAL_SENDER_AND_LINKS, Signal.CONTENT_THREAT));
            data.add(mail("g" + i, false));
        }
        double[] w = WeightFitting.fit(data, model(100));
        double r = weight(w, Signal.OFFICIAL_SENDER_AND_LINKS);
        assertTrue(r < 0, "reassurance " + r);
        assertEquals(WeightFitting.bounds(Signal.OFFICIAL_SENDER_AND_LINKS, 25, 60, 45).high(), r, 1e-9);
    }

    @Test
    void boundsHalveOrDoubleAHandWeightWithinThePrinciples() {
        WeightFitting.Bounds lookalike = WeightFitting.bounds(Signal.LINK_LOOKALIKE_DOMAIN, 25, 60, 45);
        assertEquals(23, lookalike.low(), 1e-9);
        assertEquals(50, lookalike.high(), 1e-9); // twice 45 is 90, but no single finding may reach the scam line
        WeightFitting.Bounds threat = WeightFitting.bounds(Signal.CONTENT_THREAT, 25, 60, 45);
        assertEquals(6, threat.low(), 1e-9);
        assertEquals(24, threat.high(), 1e-9); // no single phrase flags a mail
        WeightFitting.Bounds reassurance = WeightFitting.bounds(Signal.OFFICIAL_SENDER_AND_LINKS, 25, 60, 45);
        assertEquals(-45, reassurance.low(), 1e-9);
        assertEquals(-20, reassurance.high(), 1e-9);
    }

    @Test
    void theSameDataGivesTheSameWeights() {
        assertArrayEquals(WeightFitting.fit(data(), model(8)), WeightFitting.fit(data(), model(8)), 0.0);
    }

    @Test
    void writingTheWeightsKeepsCommentsCapsAndThresholdsAndIsRepeatable() throws IOException {
        String file = String.join("\n",
                "# Minuku scoring: a comment that must stay",
                "weight.CONTENT_THREAT=12",
                "",
                "# ---- group caps ----",
                "cap.CONTENT=45",
                "threshold.suspicious=25",
                "threshold.scam=60",
                "");
        Map<Signal, Integer> weights = new EnumMap<>(Signal.class);
        weights.put(Signal.SENDER_BRAND_MISMATCH, 38);
        weights.put(Signal.CONTENT_THREAT, 14);
        String once = WeightFitting.withWeights(file, weights, List.of("fitted on a test"));
        String twice = WeightFitting.withWeights(once, weights, List.of("fitted on a test"));
        assertEquals(once, twice);
        assertTrue(once.startsWith("# Minuku scoring: a comment that must stay\n"), once);
        assertTrue(once.indexOf("weight.CONTENT_THREAT") < once.indexOf("# ---- group caps"), once);
        Properties p = new Properties();
        p.load(new StringReader(once));
        assertEquals("14", p.getProperty("weight.CONTENT_THREAT"));
        assertEquals("38", p.getProperty("weight.SENDER_BRAND_MISMATCH"));
        assertEquals("45", p.getProperty("cap.CONTENT"));
        assertEquals("60", p.getProperty("threshold.scam"));
        assertEquals(1, once.split("weight.CONTENT_THREAT=", -1).length - 1, "one line per weight");
    }

    @Test
    void theShippedWeightsKeepTheirSignsAndBoxes() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ScoringPolicy.DEFAULT_RESOURCE)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        ScoringPolicy shipped = ScoringPolicy.fromProperties(p);
        int suspicious = Integer.parseInt(p.getProperty("threshold.suspicious").trim());
        int scam = Integer.parseInt(p.getProperty("threshold.scam").trim());
        int reassuranceCap = Integer.parseInt(p.getProperty("cap.REASSURANCE").trim());
        for (Signal s : SIGNALS) {
            WeightFitting.Bounds b = WeightFitting.bounds(s, suspicious, scam, reassuranceCap);
            int w = shipped.weight(s);
            assertTrue(w >= b.low() && w <= b.high(), s + "=" + w + " outside " + b);
        }
    }
}
