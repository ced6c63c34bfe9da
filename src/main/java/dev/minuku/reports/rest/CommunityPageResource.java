package dev.minuku.reports.rest;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.ReportsConfig;
import dev.minuku.reports.service.CommunityQueries;
import dev.minuku.web.RequestLocale;
import dev.minuku.web.problem.ProblemException;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /: the community page, in Japanese or English by Accept-Language (or ?lang=). */
@Path("/")
public class CommunityPageResource {

    /** Nothing but the page's own inline style may run or load: the page has no script at all. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final int DAYS = 30;
    static final int ROWS = 50;

    @Inject
    Template community;

    @Inject
    CommunityQueries queries;

    @Inject
    BrandRegistry brands;

    @Inject
    ReportsConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The community page: reported domains and a 30-day chart")
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = RequestLocale.resolve(lang, headers);
        CommunityQueries.Listing listing = null;
        List<CommunityQueries.DayCount> days = null;
        try {
            listing = queries.list(DAYS, ROWS);
            days = queries.lastDays(DAYS);
        } catch (ProblemException e) {
            // The page still says what it is and that the reports are unavailable.
        }
        CommunityPage page = CommunityPage.build(locale, listing, days, queries.minReporters(), brands, config.dayZone());
        return Response.status(page.available() ? 200 : 503)
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Security-Policy", CSP)
                .header("Content-Language", page.lang())
                .header("Vary", "Accept-Language")
                .entity(community.data("page", page).render())
                .build();
    }
}
