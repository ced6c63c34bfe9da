package dev.minuku.analysis;

import java.util.Collection;
import java.util.Map;

/**
 * How the engine learns what the community reported, without knowing where
 * reports live. The reports feature implements it; tests and the command line
 * use {@link #NONE}.
 */
public interface CommunityLookup {

    /**
     * Distinct reporters who reported each of these registrable domains as a scam sender.
     * Domains nobody reported may be missing from the map. The map may also hold, under
     * {@link #linkKey(String)} of a domain, the distinct reporters of scam mails with a
     * link to that domain (a link host is evidence of its own, apart from the sender).
     *
     * @throws CommunityUnavailableException when the report store cannot be asked right now
     */
    Map<String, Integer> reportersByDomain(Collection<String> registrableDomains) throws CommunityUnavailableException;

    /** Reporters from which a reported domain becomes a finding. */
    default int findingThreshold() {
        return 2;
    }

    CommunityLookup NONE = domains -> Map.of();

    /**
     * The key of a domain's link reporters in {@link #reportersByDomain}'s answer; it can never
     * be a domain name, so sender counts stay under the plain domain.
     */
    static String linkKey(String registrableDomain) {
        return "link:" + registrableDomain;
    }

    /** The report store could not be asked; analysis goes on without community data. */
    final class CommunityUnavailableException extends Exception {
        public CommunityUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
