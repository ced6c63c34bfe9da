package dev.minuku.web;

import dev.minuku.web.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects an announced body over the API's 1 MiB limit before it is read,
 * with a problem body (the HTTP layer's own limit, a little higher, stops
 * bodies sent without a length).
 */
@ApplicationScoped
public class RequestSizeLimit {

    @ConfigProperty(name = "minuku.api.max-request-bytes", defaultValue = "1048576")
    long maxBytes;

    void install(@Observes Router router) {
        router.route("/api/*").order(-100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                long n;
                try {
                    n = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n > maxBytes) {
                    String body = "{\"type\":\"https://minuku.dev/problems/too-large\",\"title\":\"Request too large\","
                            + "\"status\":413,\"detail\":\"The request is larger than " + maxBytes + " bytes.\",\"errors\":[]}";
                    ctx.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(body);
                    return;
                }
            }
            ctx.next();
        });
    }
}
