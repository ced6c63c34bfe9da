package dev.minuku.brands;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** Hosts longer than a DNS name cannot be listed; they are walked every time, never remembered. */
    private static final int MAX_REMEMBERED_HOST = 253;

    /**
     * A listed domain, its brand and what the brand uses it for (empty when its
     * domain lists do not say), or {@link #UNLISTED} for a host no brand owns.
     */
    private record Listing(String domain, Brand brand, Set<String> uses) {
    }

    private static final Listing UNLISTED = new Listing(null, null, Set.of());

    private final List<Brand> brands;
    private final Map<String, Brand> byId;
    /** official domain → its listing; a host matches by walking up its labels. */
    private final Map<String, Listing> byDomain;
    /** Length of the longest listed domain: longer tails of a host cannot match. */
    private final int longestDomain;
    /**
     * The listing of each host already asked about. A mail asks about the same few
     * hosts many times (each link rule, the link views, the sender checks), and each
     * walk cuts and hashes every tail of the host; bounded, so a flood of distinct
     * hosts costs only the walks it would cost anyway.
     */
    private final Cache<String, Listing> byHost = Caffeine.newBuilder().maximumSize(10_000).build();

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
        Map<String, Listing> listings = new HashMap<>();
        domains.forEach((d, b) -> listings.put(d, new Listing(d, b, Set.copyOf(uses.getOrDefault(d, Set.of())))));
        this.byDomain = Map.copyOf(listings);
        this.longestDomain = domains.keySet().stream().mapToInt(String::length).max().orElse(0);
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
        return Optional.ofNullable(listingOf(host).brand());
    }

    /**
     * What the owning brand uses this host for: the {@code use} of the most
     * specific listed domain equal to or above the host ({@link #DOMAIN_USES});
     * empty when no brand owns the host. A brand's free-mail domain, for
     * example, is owned by it but used for {@code user-mail}, not {@code mail}.
     */
    public Set<String> usesOf(String host) {
        return listingOf(host).uses();
    }

    /** True when the brand itself sends mail from this host (not its users, not a host it merely owns). */
    public boolean isOfficialSender(Brand brand, String host) {
        return listedFor(brand, host, USE_MAIL);
    }

    /** True when a link to this host is one of the brand's own pages (not a page its users published). */
    public boolean isOfficialLink(Brand brand, String host) {
        return listedFor(brand, host, USE_LINKS);
    }

    /** The brand that sends its own mail from this host, if any (a brand's free-mail domain is not one). */
    public Optional<Brand> officialSenderOf(String host) {
        return brandUsing(listingOf(host), USE_MAIL);
    }

    /** The brand whose own pages live on this host, if any (pages its users publish are not). */
    public Optional<Brand> officialLinkOf(String host) {
        return brandUsing(listingOf(host), USE_LINKS);
    }

    private static Optional<Brand> brandUsing(Listing l, String use) {
        return l.uses().contains(use) ? Optional.ofNullable(l.brand()) : Optional.empty();
    }

    private boolean listedFor(Brand brand, String host, String use) {
        Listing l = listingOf(host);
        return ownedBy(l, brand) && l.uses().contains(use);
    }

    private static boolean ownedBy(Listing l, Brand brand) {
        return brand != null && l.brand() != null && l.brand().id().equals(brand.id());
    }

    private Listing listingOf(String host) {
        if (host == null || host.isEmpty()) {
            return UNLISTED;
        }
        if (host.length() > MAX_REMEMBERED_HOST) {
            return walk(host);
        }
        Listing l = byHost.getIfPresent(host);
        if (l == null) {
            l = walk(host);
            byHost.put(host, l);
        }
        return l;
    }

    /** The listing of the most specific listed domain equal to the host or above it. */
    private Listing walk(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        // Tails are cut only once short enough to be listed: a 100,000-character run of
        // "a.a.a…" in a body must cost one pass, not a copy per label.
        int start = 0;
        while (true) {
            if (h.length() - start <= longestDomain) {
                Listing l = byDomain.get(h.substring(start));
                if (l != null) {
                    return l;
                }
            }
            int dot = h.indexOf('.', start);
            if (dot < 0) {
                return UNLISTED;
            }
            start = dot + 1;
        }
    }

    /** True when the host is one of this brand's official domains or below one. */
    public boolean isOfficial(Brand brand, String host) {
        return ownedBy(listingOf(host), brand);
    }
}
