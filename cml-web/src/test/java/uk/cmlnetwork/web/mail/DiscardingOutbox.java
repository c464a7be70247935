package uk.cmlnetwork.web.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.mail.Outbox;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.OutgoingEmail;

/** An outbox that keeps nothing: enough to queue emails for the sender's tests. */
final class DiscardingOutbox implements Outbox {
    @Override
    public void store(OutgoingEmail email) {
    }

    @Override
    public Optional<OutgoingEmail> find(String id) {
        return Optional.empty();
    }

    @Override
    public List<String> due(Instant now, int max) {
        return List.of();
    }

    @Override
    public void claim(List<String> ids, Instant now, Instant until, String claim) {
    }

    @Override
    public List<OutgoingEmail> claimedBy(String claim) {
        return List.of();
    }

    @Override
    public void markSent(List<String> ids, Instant at) {
    }

    @Override
    public OutboxCount count(String kind) {
        return new OutboxCount(0, 0, 0);
    }

    @Override
    public OutboxCount countAll() {
        return new OutboxCount(0, 0, 0);
    }

    @Override
    public int queueNewsletterCopies(String issueId, String subject, Instant now) {
        return 0;
    }

    @Override
    public OutboxCount countCopies(String issueId) {
        return new OutboxCount(0, 0, 0);
    }

    @Override
    public List<OutgoingEmail> failedCopies(String issueId, int limit) {
        return List.of();
    }

    @Override
    public int retryFailedCopies(String issueId, Instant now) {
        return 0;
    }
}
