package dev.minuku.mail;

/** The input is not an RFC 5322 message we can analyze; the message says why, for people. */
public class MalformedMailException extends Exception {
    public MalformedMailException(String message) {
        super(message, null, false, false);
    }
}
