package dev.minuku.web;

import dev.minuku.analysis.AnalysisResult;
import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.CommunityLookup;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST /api/v1/analyze: one email in, an explained verdict out. Nothing is stored or logged. */
@Path("/api/v1/analyze")
public class AnalyzeResource {

    @Inject
    Analyzer analyzer;

    @Inject
    AnalysisSlots slots;

    @Inject
    CommunityLookup community;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyze one email as the webmail shows it")
    public AnalyzeResponse analyze(@NotNull(message = "a JSON body is required") @Valid AnalyzeRequest request,
            @Context HttpHeaders headers) {
        Locale locale = RequestLocale.resolve(request.locale(), headers);
        AnalysisResult result = slots.run(() -> analyzer.analyze(request.toMessage(), locale, community));
        return AnalyzeResponse.from(result, locale);
    }
}
