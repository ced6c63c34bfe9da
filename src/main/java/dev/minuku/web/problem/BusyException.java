package dev.minuku.web.problem;

/** The service is at capacity for this kind of work; answered 503 with Retry-After and a problem body. */
public class BusyException extends RuntimeException {

    private final long retryAfterSeconds;

    public BusyException(String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
