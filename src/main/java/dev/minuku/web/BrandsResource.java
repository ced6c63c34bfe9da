package dev.minuku.web;

import dev.minuku.brands.BrandRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** GET /api/v1/brands: the registry as the API shows it. */
@Path("/api/v1/brands")
public class BrandsResource {

    @Inject
    BrandRegistry registry;

    public record BrandView(String id, String name, String nameJa, String sector, List<String> aliases,
            List<String> officialDomains, List<String> sources) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<BrandView> brands() {
        List<BrandView> out = new ArrayList<>();
        registry.all().forEach(b -> {
            LinkedHashSet<String> sources = new LinkedHashSet<>();
            b.domainLists().forEach(l -> sources.add(l.source()));
            out.add(new BrandView(b.id(), b.nameEn(), b.nameJa(), b.sector(), b.aliases(), b.officialDomains(),
                    List.copyOf(sources)));
        });
        return out;
    }
}
