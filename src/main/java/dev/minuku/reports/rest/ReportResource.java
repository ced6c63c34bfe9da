package dev.minuku.reports.rest;

import dev.minuku.web.AnalyzeRequest;
import dev.minuku.reports.service.ReportService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST /api/v1/reports: one-click crowd report. */
@Path("/api/v1/reports")
public class ReportResource {

    private static final java.util.regex.Pattern CLIENT = java.util.regex.Pattern.compile("[A-Za-z0-9._/+-]{1,64}");

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an email as a scam (or as not a scam)")
    public Response report(@NotNull(message = "a JSON body is required") @Valid ReportRequest request,
            @HeaderParam("X-Minuku-Client") String clientHeader, @Context HttpServerRequest http) {
        List<String> hrefs = request.links() == null ? List.of()
                : request.links().stream().map(AnalyzeRequest.Link::href).toList();
        String client = request.clientVersion() != null && !request.clientVersion().isEmpty() ? request.clientVersion()
                : clientHeader != null && CLIENT.matcher(clientHeader).matches() ? clientHeader : null;
        ReportService.Stored stored = service.submit(new ReportService.Submission(request.from().address(),
                request.subject(), hrefs, request.reporter(), request.kind(), client),
                http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ReportResponse.of(stored)).build();
    }
}
