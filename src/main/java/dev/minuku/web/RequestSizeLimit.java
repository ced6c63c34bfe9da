package dev.minuku.web;

import dev.minuku.web.problem.Problem;
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
 * body: an announced length over it is refused before anything is read; an HTTP/1.1
 * body sent without a length (chunked) is read into memory up to the limit and
 * refused as soon as it passes it. Quarkus REST pauses every request it is handed,
 * which HTTP/2 refuses once the body has been read, so an HTTP/2 body without a
 * length is left to the server's own limit (quarkus.http.limits.max-body-size, the
 * same size), which answers an empty 413. No body larger than the limit is ever held.
 */
@ApplicationScoped
public class RequestSizeLimit {

    @ConfigProperty(name = "minuku.api.max-request-bytes", defaultValue = "1048576")
    long maxBytes;

    void install(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route("/api/*").order(-100).handler(this::refuseAnnouncedOverLimit);
        router.route("/api/*").order(-99).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null && ctx.request().version() != HttpVersion.HTTP_2) {
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route("/api/*").order(-99).failureHandler(this::tooLargeAsProblem);
    }

    private void refuseAnnouncedOverLimit(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n > maxBytes) {
                answerTooLarge(ctx);
                return;
            }
        }
        ctx.next();
    }

    /** The body handler fails the request with 413 when a chunked body passes the limit. */
    private void tooLargeAsProblem(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            answerTooLarge(ctx);
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
