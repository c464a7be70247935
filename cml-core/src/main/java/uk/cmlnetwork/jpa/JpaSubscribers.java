package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import uk.cmlnetwork.newsletter.Subscriber;
import uk.cmlnetwork.newsletter.SubscriberStatus;
import uk.cmlnetwork.newsletter.Subscribers;

public class JpaSubscribers implements Subscribers {
    private final EntityManager em;

    public JpaSubscribers(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Subscriber subscriber) {
        em.persist(subscriber);
    }

    @Override
    public Optional<Subscriber> findByEmail(String normalisedEmail) {
        return one("email", normalisedEmail);
    }

    @Override
    public Optional<Subscriber> findByMember(String memberId) {
        return one("memberId", memberId);
    }

    @Override
    public Optional<Subscriber> findByConfirmationHash(String hash) {
        return one("confirmationHash", hash);
    }

    @Override
    public Optional<Subscriber> findByUnsubscribeToken(String token) {
        return one("unsubscribeToken", token);
    }

    // The field name is one of ours, never typed by anyone; the value is a bound parameter.
    private Optional<Subscriber> one(String field, String value) {
        return em.createQuery("select s from Subscriber s where s." + field + " = :value", Subscriber.class)
                .setParameter("value", value)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public long countSubscribed() {
        return em.createQuery("select count(s) from Subscriber s where s.status = :status", Long.class)
                .setParameter("status", SubscriberStatus.SUBSCRIBED)
                .getSingleResult();
    }

    @Override
    public void delete(Subscriber subscriber) {
        em.remove(subscriber);
    }
}
