package uk.cmlnetwork.resource;

import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.member.MemberCategory;

/**
 * What a member looks for on the resources page; null means "any". The text matches titles,
 * summaries and topic names. An audience matches resources for that category and those for
 * everyone. Funding opportunities past their closing date are left out unless asked for.
 */
public record ResourceSearch(String text, ResourceKind kind, String topicCode, Outcome outcome,
                             MemberCategory audience, boolean includeClosed, int limit) {
    public ResourceSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        topicCode = topicCode == null || topicCode.isBlank() ? null : topicCode;
        limit = Math.max(1, Math.min(limit, 500));
    }

    public ResourceSearch(String text, ResourceKind kind, String topicCode, int limit) {
        this(text, kind, topicCode, null, null, false, limit);
    }

    public boolean isFiltered() {
        return text != null || kind != null || topicCode != null || outcome != null || audience != null;
    }
}
