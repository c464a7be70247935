package uk.cmlnetwork.resource;

/**
 * What a member looks for on the resources page; null means "any". The text matches titles,
 * summaries and topic names.
 */
public record ResourceSearch(String text, ResourceKind kind, String topicCode, int limit) {
    public ResourceSearch {
        topicCode = topicCode == null || topicCode.isBlank() ? null : topicCode;
        limit = Math.max(1, Math.min(limit, 500));
    }
}
