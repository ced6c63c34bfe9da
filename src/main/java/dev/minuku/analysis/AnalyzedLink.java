package dev.minuku.analysis;

import dev.minuku.domains.ParsedUrl;
import java.util.List;

/**
 * One link the engine analyzes: from the request's anchors or written in the body text.
 *
 * @param index  position in the analyzed list (findings refer to it)
 * @param href   as given
 * @param text   visible text ("" for URLs found in the body)
 * @param origin where the link came from
 * @param url    the href parsed
 * @param target where it really leads once redirectors carrying the target in the URL are unwrapped
 *               (the same as {@code url} when there is nothing to unwrap)
 * @param hops   the hosts passed through when unwrapping, first to last (empty when none)
 */
public record AnalyzedLink(int index, String href, String text, Origin origin, ParsedUrl url, ParsedUrl target, List<String> hops) {

    public enum Origin { ANCHOR, BODY_TEXT }

    public AnalyzedLink {
        hops = hops == null ? List.of() : List.copyOf(hops);
    }
}
