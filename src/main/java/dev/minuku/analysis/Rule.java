package dev.minuku.analysis;

import java.util.List;

/**
 * A rule is a pure function from the analyzed email to findings. It never
 * computes a total (scoring does that) and never throws on purpose: the engine
 * still guards every call, so one broken rule yields ENGINE_RULE_ERROR instead
 * of failing the analysis.
 */
public interface Rule {

    /** A short stable name, used in ENGINE_RULE_ERROR evidence and in benchmarks. */
    String id();

    List<Finding> evaluate(AnalysisContext context);
}
