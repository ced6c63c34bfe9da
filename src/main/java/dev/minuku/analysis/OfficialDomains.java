package dev.minuku.analysis;

import dev.minuku.brands.Brand;
import dev.minuku.brands.BrandRegistry;
import java.util.Optional;

/**
 * Whether a host is a brand's own, as a sender and as a link destination: the
 * one place the sender and link rules ask. A brand may own domains it does not
 * speak from (its free-mail service, pages its users publish); the registry
 * says per domain what it is used for, and both rules follow it here.
 */
final class OfficialDomains {

    private OfficialDomains() {
    }

    /** The brand itself sends mail from this host. */
    static boolean sends(BrandRegistry registry, Brand brand, String host) {
        return registry.isOfficialSender(brand, host);
    }

    /** A link to this host is one of the brand's own pages. */
    static boolean serves(BrandRegistry registry, Brand brand, String host) {
        return registry.isOfficialLink(brand, host);
    }

    /**
     * Addresses here belong to a brand's users (its free mail or carrier mail,
     * e.g. gmail.com, au.com), so a mail from one claiming a company is like free mail.
     */
    static boolean isUserMail(BrandRegistry registry, String host) {
        return registry.usesOf(host).contains(BrandRegistry.USE_USER_MAIL);
    }

    /** The brand that sends mail from this host, if any. */
    static Optional<Brand> senderOwner(BrandRegistry registry, String host) {
        return registry.ownerOf(host).filter(b -> sends(registry, b, host));
    }

    /** The brand whose own pages this host serves, if any. */
    static Optional<Brand> linkOwner(BrandRegistry registry, String host) {
        return registry.ownerOf(host).filter(b -> serves(registry, b, host));
    }
}
