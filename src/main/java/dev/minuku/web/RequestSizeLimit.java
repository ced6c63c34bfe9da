package dev.minuku.web;

import dev.minuku.web.problem.Problem;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's request size limit (1 MiB), enforced at the HTTP layer with a problem
 * body: an announced length over it is refused before anything is read. An HTTP/1.1
 * body without a length (chunked) is read into memory on the I/O thread and refused
 * as soon as it passes the limit.
 * <p>
 * An HTTP/1.1 body announced at up to {@value #WHOLE_BODY_BYTES} bytes (a typical
 * email is 2 to 10 KB) is also read whole on the I/O thread before the request goes
 * on, so the worker thread gets a complete body: a client that sends such a body
 * slowly or never finishes it holds a connection, not a worker, and the worker does
 * not wait on the I/O thread for each chunk (that cost /analyze a third of its
 * throughput, docs/performance.md). Longer bodies are read by the worker as they
 * come: reading them ahead on every connection (a few hundred kilobytes each, held
 * twice, as Quarkus REST copies the buffer) filled the 128 MB heap with bodies
 * waiting for an analysis slot.
 * <p>
 * Quarkus REST pauses every request it is handed, which HTTP/2 refuses once the body
 * has been read, so HTTP/2 bodies are left to Quarkus REST and, without a length, to
 * the server's own limit (quarkus.http.limits.max-body-size, the same size), which
 * answers an empty 413. No body larger than the limit is ever held.
 */
@ApplicationScoped
public class RequestSizeLimit {

    /** Bodies up to this announced length are read whole on the I/O thread. */
    static final long WHOLE_BODY_BYTES = 32 * 1024;

    @ConfigProperty(name = "minuku.api.max-request-bytes", defaultValue = "1048576")
    long maxBytes;

    void install(@Observes Router router) {
        BodyHandler readWhole = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route("/api/*").order(-100).handler(this::refuseAnnouncedOverLimit);
        router.route("/api/*").order(-99).handler(ctx -> {
            if (ctx.request().version() != HttpVersion.HTTP_2 && readWholeFirst(ctx)) {
                readWhole.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route("/api/*").order(-99).failureHandler(this::tooLargeAsProblem);
    }

    private void refuseAnnouncedOverLimit(RoutingContext ctx) {
        if (announcedLength(ctx) > maxBytes) {
            answerTooLarge(ctx);
            return;
        }
        ctx.next();
    }

    /** A chunked body, or a length over zero and up to WHOLE_BODY_BYTES (a request announcing 0 bytes has nothing to read). */
    private static boolean readWholeFirst(RoutingContext ctx) {
        long n = announcedLength(ctx);
        return n < 0 ? ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING) : n > 0 && n <= WHOLE_BODY_BYTES;
    }

    /** The Content-Length header, or -1 when there is none (the HTTP codec refuses one it cannot read). */
    private static long announcedLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The body handler fails the request with 413 when a chunked body passes the limit, and when
     * the client leaves; Quarkus REST fails it when it cannot write an answer that has gone out.
     */
    private void tooLargeAsProblem(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            answerTooLarge(ctx);
        } else if (ctx.failure() instanceof HttpClosedException || ctx.response().ended()) {
            // The client went away before its body was complete, or the request was answered
            // already (an HTTP/2 body over the server's limit: 413) and what failed after that,
            // such as writing the endpoint's own answer, has no one to tell.
            return;
        } else {
            ctx.next();
        }
    }

    private void answerTooLarge(RoutingContext ctx) {
        String body = "{\"type\":\"https://minuku.dev/problems/too-large\",\"title\":\"Request too large\","
                + "\"status\":413,\"detail\":\"The request is larger than " + maxBytes + " bytes.\",\"errors\":[]}";
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
