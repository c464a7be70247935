package uk.cmlnetwork.newsletter;

import java.util.Optional;

/** The mailing list. */
public interface Subscribers {
    void store(Subscriber subscriber);

    Optional<Subscriber> findByEmail(String normalisedEmail);

    Optional<Subscriber> findByMember(String memberId);

    Optional<Subscriber> findByConfirmationHash(String hash);

    Optional<Subscriber> findByUnsubscribeToken(String token);

    long countSubscribed();

    void delete(Subscriber subscriber);
}
