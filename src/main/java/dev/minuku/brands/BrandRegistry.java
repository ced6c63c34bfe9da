package dev.minuku.brands;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The brand registry: which brands exist and which domains are officially
 * theirs. Loaded once from data ({@code minuku/brands.yaml}), immutable after.
 */
public final class BrandRegistry {

    public static final String DEFAULT_RESOURCE = "minuku/brands.yaml";

    private final List<Brand> brands;
    private final Map<String, Brand> byId;
    /** official domain → brand; a host matches by walking up its labels. */
    private final Map<String, Brand> byDomain;

    public BrandRegistry(List<Brand> brands) {
        this.brands = List.copyOf(brands);
        Map<String, Brand> ids = new LinkedHashMap<>();
        Map<String, Brand> domains = new HashMap<>();
        for (Brand b : this.brands) {
            if (ids.putIfAbsent(b.id(), b) != null) {
                throw new IllegalArgumentException("duplicate brand id " + b.id());
            }
            for (String d : b.officialDomains()) {
                Brand previous = domains.putIfAbsent(d, b);
                if (previous != null && previous != b) {
                    throw new IllegalArgumentException("domain " + d + " listed for both " + previous.id() + " and " + b.id());
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byDomain = Map.copyOf(domains);
    }

    public static BrandRegistry loadDefault() {
        try (InputStream in = BrandRegistry.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("brand registry " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BrandRegistry load(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<Brand> brands = mapper.readValue(yaml, new TypeReference<List<Brand>>() { });
        return new BrandRegistry(brands);
    }

    public List<Brand> all() {
        return brands;
    }

    public Optional<Brand> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The brand that officially owns this host: the host is one of its official
     * domains or a subdomain of one. Host must be lower-case ASCII (punycode).
     */
    public Optional<Brand> ownerOf(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        while (true) {
            Brand b = byDomain.get(h);
            if (b != null) {
                return Optional.of(b);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /** True when the host is one of this brand's official domains or below one. */
    public boolean isOfficial(Brand brand, String host) {
        return brand != null && ownerOf(host).map(b -> b.id().equals(brand.id())).orElse(false);
    }
}
