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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The brand registry: which brands exist and which domains are officially
 * theirs. Loaded once from data ({@code minuku/brands.yaml}), immutable after.
 */
public final class BrandRegistry {

    public static final String DEFAULT_RESOURCE = "minuku/brands.yaml";

    /** The brand itself sends mail from these domains. */
    public static final String USE_MAIL = "mail";
    /** The brand's own web pages live on these domains. */
    public static final String USE_LINKS = "links";
    /** Addresses here belong to the brand's users (free mail, carrier mail, relayed messages). */
    public static final String USE_USER_MAIL = "user-mail";
    /** Anyone can publish here (forms, shared files, sites): the brand owns the host, not the page. */
    public static final String USE_USER_CONTENT = "user-content";
    /** Every value a domain list's {@code use} may take. */
    public static final Set<String> DOMAIN_USES = Set.of(USE_MAIL, USE_LINKS, USE_USER_MAIL, USE_USER_CONTENT);

    /** Every policy type the rules understand; the meaning of each is in docs/brands.md. */
    public static final Set<String> POLICY_TYPES = Set.of("no-links", "forbidden-link-tlds", "named-greeting", "no-sms",
            "login-hosts");

    private final List<Brand> brands;
    private final Map<String, Brand> byId;
    /** official domain → brand; a host matches by walking up its labels. */
    private final Map<String, Brand> byDomain;
    /** listed domain → what its brand uses it for (union when one brand lists it twice). */
    private final Map<String, Set<String>> usesByDomain;
    /** Length of the longest listed domain: longer tails of a host cannot match. */
    private final int longestDomain;

    public BrandRegistry(List<Brand> brands) {
        this.brands = List.copyOf(brands);
        Map<String, Brand> ids = new LinkedHashMap<>();
        Map<String, Brand> domains = new HashMap<>();
        Map<String, Set<String>> uses = new HashMap<>();
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
            for (Brand.DomainList list : b.domainLists()) {
                for (String d : list.domains()) {
                    uses.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(list.use());
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byDomain = Map.copyOf(domains);
        this.longestDomain = domains.keySet().stream().mapToInt(String::length).max().orElse(0);
        Map<String, Set<String>> frozen = new HashMap<>();
        uses.forEach((d, u) -> frozen.put(d, Set.copyOf(u)));
        this.usesByDomain = Map.copyOf(frozen);
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
        return new BrandRegistry(parse(yaml));
    }

    /** The brands as written in the data, before the registry checks them (data tests report each fault alone). */
    public static List<Brand> parse(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return mapper.readValue(yaml, new TypeReference<List<Brand>>() { });
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
        return listedDomainOf(host).map(byDomain::get);
    }

    /**
     * What the owning brand uses this host for: the {@code use} of the most
     * specific listed domain equal to or above the host ({@link #DOMAIN_USES});
     * empty when no brand owns the host. A brand's free-mail domain, for
     * example, is owned by it but used for {@code user-mail}, not {@code mail}.
     */
    public Set<String> usesOf(String host) {
        return listedDomainOf(host).map(usesByDomain::get).orElse(Set.of());
    }

    /** True when the brand itself sends mail from this host (not its users, not a host it merely owns). */
    public boolean isOfficialSender(Brand brand, String host) {
        return isOfficial(brand, host) && usesOf(host).contains(USE_MAIL);
    }

    /** True when a link to this host is one of the brand's own pages (not a page its users published). */
    public boolean isOfficialLink(Brand brand, String host) {
        return isOfficial(brand, host) && usesOf(host).contains(USE_LINKS);
    }

    /** The brand that sends its own mail from this host, if any (a brand's free-mail domain is not one). */
    public Optional<Brand> officialSenderOf(String host) {
        return ownerOf(host).filter(b -> usesOf(host).contains(USE_MAIL));
    }

    /** The brand whose own pages live on this host, if any (pages its users publish are not). */
    public Optional<Brand> officialLinkOf(String host) {
        return ownerOf(host).filter(b -> usesOf(host).contains(USE_LINKS));
    }

    /** The most specific listed domain equal to the host or above it. */
    private Optional<String> listedDomainOf(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        // Tails are cut only once short enough to be listed: a 100,000-character run of
        // "a.a.a…" in a body must cost one pass, not a copy per label.
        int start = 0;
        while (true) {
            if (h.length() - start <= longestDomain) {
                String tail = h.substring(start);
                if (byDomain.containsKey(tail)) {
                    return Optional.of(tail);
                }
            }
            int dot = h.indexOf('.', start);
            if (dot < 0) {
                return Optional.empty();
            }
            start = dot + 1;
        }
    }

    /** True when the host is one of this brand's official domains or below one. */
    public boolean isOfficial(Brand brand, String host) {
        return brand != null && ownerOf(host).map(b -> b.id().equals(brand.id())).orElse(false);
    }
}
