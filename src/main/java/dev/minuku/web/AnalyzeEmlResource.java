package dev.minuku.web;

import dev.minuku.analysis.AnalysisResult;
import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.CommunityLookup;
import dev.minuku.mail.MailParser;
import dev.minuku.mail.MalformedMailException;
import dev.minuku.mail.ParsedMail;
import dev.minuku.web.problem.PayloadTooLargeException;
import dev.minuku.web.problem.Problem;
import dev.minuku.web.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /api/v1/analyze/eml: a raw RFC 5322 message in, the same answer as
 * /analyze out, with the attachments it lists. Headers such as
 * Authentication-Results, Reply-To and Return-Path are used when present.
 */
@Path("/api/v1/analyze/eml")
public class AnalyzeEmlResource {

    private final MailParser parser = new MailParser();

    @Inject
    Analyzer analyzer;

    @Inject
    AnalysisSlots slots;

    @Inject
    CommunityLookup community;

    @ConfigProperty(name = "minuku.api.max-request-bytes", defaultValue = "1048576")
    long maxBytes;

    @POST
    @Consumes({"message/rfc822", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyze one raw message (.eml)")
    public AnalyzeResponse analyze(byte[] raw, @QueryParam("locale") String requestedLocale, @Context HttpHeaders headers) {
        if (raw != null && raw.length > maxBytes) {
            throw new PayloadTooLargeException("The message is larger than " + maxBytes + " bytes.");
        }
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MalformedMailException e) {
            throw new ProblemException(Problem.of("malformed-message", "Malformed message", 400, e.getMessage(),
                    List.of(new Problem.FieldError("body", e.getMessage()))));
        }
        Locale locale = RequestLocale.resolve(requestedLocale, headers);
        AnalysisResult result = slots.run(() -> analyzer.analyze(mail.message(), locale, community));
        return AnalyzeResponse.from(result, locale).withAttachments(mail.attachments());
    }
}
