package dev.minuku.web.problem;

/** A client or reporter sent too many requests; answered 429 with Retry-After and a problem body. */
public class RateLimitedException extends RetryLaterException {

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }
}
