package uk.cmlnetwork.newsletter;

import java.util.List;
import java.util.Optional;

public interface NewsletterIssues {
    void store(NewsletterIssue issue);

    Optional<NewsletterIssue> find(String id);

    /** Every issue, newest first (for coordinators). */
    List<NewsletterIssue> all(int limit);

    /** Issues that have gone out or are going out, newest first (the public archive). */
    List<NewsletterIssue> archive(int limit);

    /** When the most recent issue started going out, if any has. */
    Optional<java.time.Instant> lastSendStarted();
}
