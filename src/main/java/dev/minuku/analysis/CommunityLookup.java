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
     * Domains nobody reported may be missing from the map.
     *
     * @throws CommunityUnavailableException when the report store cannot be asked right now
     */
    Map<String, Integer> reportersByDomain(Collection<String> registrableDomains) throws CommunityUnavailableException;

    /** Reporters from which a reported domain becomes a finding. */
    default int findingThreshold() {
        return 2;
    }

    CommunityLookup NONE = domains -> Map.of();

    /** The report store could not be asked; analysis goes on without community data. */
    final class CommunityUnavailableException extends Exception {
        public CommunityUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
