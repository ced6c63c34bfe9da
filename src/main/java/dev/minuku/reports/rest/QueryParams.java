package dev.minuku.reports.rest;

import dev.minuku.web.problem.Problem;
import dev.minuku.web.problem.ProblemException;
import java.util.List;

/** Reads whole-number query parameters, naming the field when one is wrong. */
final class QueryParams {

    private QueryParams() {
    }

    /** The value, its default when absent, or null after adding an error. */
    static Integer intInRange(String name, String raw, int fallback, int min, int max, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "a whole number from " + min + " to " + max));
        return null;
    }

    static void failIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("validation", "Invalid request", 400,
                    "Some query parameters are out of range.", errors));
        }
    }
}
