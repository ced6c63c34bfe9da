package dev.minuku.web.problem;

/** Thrown by services to answer with a given problem (503 store down, 429 too many, ...). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
