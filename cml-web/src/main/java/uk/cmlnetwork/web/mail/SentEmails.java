package uk.cmlnetwork.web.mail;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The emails of a batch the mail server accepted, recorded sent where each is kept: one step per place. */
final class SentEmails {
    private final List<String> inOutbox = new ArrayList<>();
    private final Map<SentRecord, List<String>> owed = new IdentityHashMap<>();

    void add(EmailInHand email) {
        if (email.isInOutbox()) {
            inOutbox.add(email.email().id());
        } else {
            owed.computeIfAbsent(email.owedTo(), record -> new ArrayList<>()).add(email.email().id());
        }
    }

    void record(OutboxSteps outbox) {
        if (!inOutbox.isEmpty()) {
            outbox.sent(inOutbox);
        }
        owed.forEach(SentRecord::sent);
    }
}
