package uk.cmlnetwork.web.mail;

import java.util.List;

/**
 * Where it is recorded that emails sent from memory are owed, for those not kept in the outbox (a new
 * booking owes its confirmation, see {@link Postbox#postOwed}): told, in a transaction of its own, once
 * the mail server has accepted them.
 */
@FunctionalInterface
public interface SentRecord {
    void sent(List<String> ids);
}
