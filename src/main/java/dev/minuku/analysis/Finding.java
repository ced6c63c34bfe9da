package dev.minuku.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule saw: a signal, how sure it is (0..1), the evidence a person can
 * check (a domain, a phrase), and the named values its message needs.
 * {@code linkIndex} ties a finding to one entry of the analyzed link list, or is
 * -1 when it is about the message as a whole.
 */
public record Finding(Signal signal, double confidence, String evidence, Map<String, String> args, int linkIndex) {

    public Finding {
        Objects.requireNonNull(signal, "signal");
        if (Double.isNaN(confidence)) {
            confidence = 0;
        }
        confidence = Math.max(0, Math.min(1, confidence));
        evidence = evidence == null ? "" : evidence;
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static Finding of(Signal signal, String evidence) {
        return new Finding(signal, 1.0, evidence, Map.of("evidence", evidence == null ? "" : evidence), -1);
    }

    public static Builder builder(Signal signal) {
        return new Builder(signal);
    }

    public boolean isAboutLink() {
        return linkIndex >= 0;
    }

    /** Fluent construction for findings with several message arguments. */
    public static final class Builder {
        private final Signal signal;
        private double confidence = 1.0;
        private String evidence = "";
        private final Map<String, String> args = new LinkedHashMap<>();
        private int linkIndex = -1;

        private Builder(Signal signal) {
            this.signal = signal;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        /** The evidence shown to the user; also available to messages as {evidence}. */
        public Builder evidence(String evidence) {
            this.evidence = evidence == null ? "" : evidence;
            args.put("evidence", this.evidence);
            return this;
        }

        public Builder arg(String name, String value) {
            args.put(name, value == null ? "" : value);
            return this;
        }

        public Builder link(int index) {
            this.linkIndex = index;
            return this;
        }

        public Finding build() {
            args.putIfAbsent("evidence", evidence);
            return new Finding(signal, confidence, evidence, args, linkIndex);
        }
    }
}
