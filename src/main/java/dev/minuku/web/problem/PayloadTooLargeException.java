package dev.minuku.web.problem;

/** The request is over a size limit of the API. The message says which limit, never echoes content. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message, null, false, false);
    }
}
