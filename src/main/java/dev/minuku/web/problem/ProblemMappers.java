package dev.minuku.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One mapper per exception family, each answering application/problem+json.
 * Nothing of the request is echoed back beyond field names.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Malformed JSON or a value of the wrong type. */
    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail = "The request body is not valid JSON.";
        if (e instanceof JsonMappingException jme && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
            String field = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (e instanceof UnrecognizedPropertyException) {
                detail = "The request has a field this API does not know.";
                errors.add(new Problem.FieldError(field, "unknown field"));
            } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                detail = "A field of the request has the wrong type.";
                errors.add(new Problem.FieldError(field.isEmpty() ? "body" : field, "wrong type"));
            } else {
                detail = "The request body does not match the expected shape.";
            }
        }
        return Problem.of("invalid-json", "Invalid request body", 400, detail, errors).toResponse();
    }

    /**
     * A body whose first bytes make Jackson guess an encoding it cannot read (UCS-4 in an
     * odd byte order, found by fuzzing): not JSON in UTF-8. Without this mapper the
     * IOException escaped as a plain-text 500.
     */
    @ServerExceptionMapper(priority = 1)
    public Response encoding(CharConversionException e) {
        return Problem.of("invalid-json", "Invalid request body", 400, "The request body is not JSON in UTF-8.").toResponse();
    }

    /** Quarkus ships its own mapper for this subtype; ours must be as specific to win. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparseable(com.fasterxml.jackson.core.JsonParseException e) {
        return json(e);
    }

    /** Bean validation failures name each field. */
    @ServerExceptionMapper(priority = 1)
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of("validation", "Invalid request", 400, "Some fields are missing or out of range.", errors)
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e) {
        return Problem.of("not-found", "Not found", 404, "Nothing is here.").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response notAllowed(NotAllowedException e) {
        return Problem.of("method-not-allowed", "Method not allowed", 405, "This path does not accept that method.")
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unsupported(NotSupportedException e) {
        return Problem.of("unsupported-media-type", "Unsupported media type", 415,
                "Send the request body as application/json.").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response tooLarge(PayloadTooLargeException e) {
        return Problem.of("too-large", "Request too large", 413, e.getMessage()).toResponse();
    }

    /** Too many requests: Retry-After says when the next one will be accepted. */
    @ServerExceptionMapper(priority = 1)
    public Response rateLimited(RateLimitedException e) {
        return retryLater(Problem.of("rate-limited", "Too many requests", 429, e.getMessage()), e);
    }

    /** At capacity: Retry-After says when to try again. */
    @ServerExceptionMapper(priority = 1)
    public Response busy(BusyException e) {
        return retryLater(Problem.of("busy", "Service busy", 503, e.getMessage()), e);
    }

    private static Response retryLater(Problem problem, RetryLaterException e) {
        return Response.fromResponse(problem.toResponse())
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** Any other HTTP error keeps its status, with a problem body. */
    @ServerExceptionMapper(priority = 10)
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf("request failed with status %d: %s", status, e.getClass().getSimpleName());
            return Problem.of("server-error", "Server error", status, "The service could not answer.").toResponse();
        }
        Response.StatusType st = Response.Status.fromStatusCode(status);
        String title = st == null ? "Error" : st.getReasonPhrase();
        return Problem.of("http-" + status, title, status, title + ".").toResponse();
    }

    /** Last resort: log the type only (never the request), answer without internals. */
    @ServerExceptionMapper(priority = 100)
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        return serverError(e, request);
    }

    /** A checked exception nothing above expected (an IOException while reading, say): still a problem body. */
    @ServerExceptionMapper(priority = 100)
    public Response unexpectedChecked(Exception e, HttpServerRequest request) {
        return serverError(e, request);
    }

    /**
     * A request whose answer has already gone out has nobody left to answer: the HTTP
     * layer answered an HTTP/2 body over its limit with 413 while the endpoint was still
     * reading it, and the read then fails. That is expected, not a server error, and
     * answering again would only fail ("Response has already been written").
     */
    private static Response serverError(Exception e, HttpServerRequest request) {
        if (request.response().ended()) {
            LOG.debugf("%s after the request was answered", e.getClass().getName());
            return null;
        }
        LOG.errorf("unexpected %s while serving a request", e.getClass().getName());
        return Problem.of("server-error", "Server error", 500, "The service could not answer.").toResponse();
    }

    private static String fieldName(ConstraintViolation<?> v) {
        // Path is method.argN.field...; keep the part after the parameter.
        List<String> parts = new ArrayList<>();
        for (Path.Node n : v.getPropertyPath()) {
            switch (n.getKind()) {
                case METHOD, PARAMETER -> parts.clear();
                default -> {
                    String name = n.getName();
                    if (n.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + n.getIndex() + "]");
                    }
                    if (name != null && !name.startsWith("<")) {
                        parts.add(name);
                    }
                }
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }
}
