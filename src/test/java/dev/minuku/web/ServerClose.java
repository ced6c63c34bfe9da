package dev.minuku.web;

import java.io.IOException;

/**
 * How an HTTP/2 client that is still sending its body sees the server answer 413
 * and close the connection: the server's GOAWAY when the client reads it first,
 * or, when the client's next write comes first, the socket closed under it
 * ("Broken pipe", "Connection reset"). Which one comes depends on timing alone.
 */
final class ServerClose {

    private ServerClose() {
    }

    static boolean seenBy(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("GOAWAY") || m.contains("Broken pipe") || m.contains("Connection reset");
    }
}
