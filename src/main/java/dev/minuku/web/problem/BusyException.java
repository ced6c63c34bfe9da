package dev.minuku.web.problem;

/** The service is at capacity for this kind of work; answered 503 with Retry-After and a problem body. */
public class BusyException extends RetryLaterException {

    public BusyException(String detail, long retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }
}
