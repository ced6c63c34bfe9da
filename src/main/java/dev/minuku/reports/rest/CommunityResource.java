package dev.minuku.reports.rest;

import dev.minuku.domains.DomainNames;
import dev.minuku.reports.service.CommunityQueries;
import dev.minuku.reports.service.DomainReports;
import dev.minuku.web.problem.Problem;
import dev.minuku.web.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/v1/community/domains and /{domain}: what the community reported, from the counter tables. */
@Path("/api/v1/community/domains")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

    static final int MAX_DAYS = 3650;
    static final int MAX_LIMIT = 200;
    /** UTS #46 lets spaces and symbols through; a domain we could have counted has none. */
    private static final java.util.regex.Pattern HOST_NAME = java.util.regex.Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");

    private final CommunityQueries queries;

    public CommunityResource(CommunityQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Sender domains reported by the community, most distinct reporters first")
    public CommunityDomains list(@QueryParam("days") String days, @QueryParam("limit") String limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer d = QueryParams.intInRange("days", days, 30, 1, MAX_DAYS, errors);
        Integer l = QueryParams.intInRange("limit", limit, 50, 1, MAX_LIMIT, errors);
        QueryParams.failIfAny(errors);
        CommunityQueries.Listing listing = queries.list(d, l);
        return new CommunityDomains(listing.listed(), listing.spoofed(), queries.minReporters(), d);
    }

    @GET
    @Path("{domain}")
    @Operation(summary = "One domain's community entry; 404 when nobody reported it")
    public DomainReports one(@PathParam("domain") String domain) {
        String ascii = domain == null || domain.length() > 253 ? "" : DomainNames.toAscii(domain).orElse("");
        if (!HOST_NAME.matcher(ascii).matches()) {
            throw new ProblemException(Problem.of("validation", "Invalid request", 400, "The path does not name a domain.",
                    List.of(new Problem.FieldError("domain", "a domain name such as example.com"))));
        }
        return queries.entry(ascii).orElseThrow(() -> new ProblemException(
                Problem.of("not-found", "Not found", 404, "Nobody reported this domain.")));
    }
}
