package dev.minuku.web.problem;

/** A request refused for now; the answer's Retry-After says when to try again (at least 1 s). */
public abstract class RetryLaterException extends RuntimeException {

    private final long retryAfterSeconds;

    protected RetryLaterException(String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
