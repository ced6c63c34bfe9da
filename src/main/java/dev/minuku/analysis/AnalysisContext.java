package dev.minuku.analysis;

import dev.minuku.brands.BrandClaim;
import dev.minuku.brands.BrandRegistry;
import dev.minuku.text.MatchText;
import dev.minuku.text.NoticeProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a rule may read, computed once per email before rules run.
 *
 * @param message     the email as given
 * @param brands      the brand registry
 * @param text        normalized text for matching
 * @param claim       the brand the mail claims to be from, if any
 * @param sender      the sender address parsed
 * @param links       every link analyzed: anchors first, then URLs written in the body
 * @param notice      what kind of notice the words make
 * @param community   distinct reporters per registrable domain (sender and link domains), empty when unavailable
 * @param communityAvailable false when the report store could not be asked
 * @param communityThreshold reporters from which a reported domain becomes a finding
 */
public record AnalysisContext(
        EmailMessage message,
        BrandRegistry brands,
        MatchText text,
        Optional<BrandClaim> claim,
        SenderAddress sender,
        List<AnalyzedLink> links,
        NoticeProfile notice,
        Map<String, Integer> community,
        boolean communityAvailable,
        int communityThreshold) {

    /** The recipient address given with the request, or "". */
    public String recipient() {
        return message.to() == null ? "" : message.to().strip();
    }
}
