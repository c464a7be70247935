package uk.cmlnetwork.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.Secrets;

/**
 * Who receives the newsletter, by double opt-in: a member's consent or a public sign-up only asks
 * for confirmation by email, and the address joins the list when the link in that email is used.
 * Leaving needs no account: the secret in each issue's link is enough. The caller owns the transaction.
 */
public class MailingList {
    private final Subscribers subscribers;
    private final InputCheck inputCheck;
    private final Clock clock;

    public MailingList(Subscribers subscribers, InputCheck inputCheck, Clock clock) {
        this.subscribers = subscribers;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /**
     * Someone signs up on the public form. Returns the confirmation to email, or nothing when the
     * address is already on the list (the page says the same either way, so it tells nobody who is subscribed).
     */
    public Optional<Confirmation> signUp(SignUp form) {
        inputCheck.check(form);
        return ask(form.email(), form.name(), null);
    }

    /** A member gave their newsletter consent: it counts once they confirm it from the email. */
    public Optional<Confirmation> memberConsented(Member member) {
        return ask(member.email(), member.name(), member.id().value());
    }

    /**
     * A member who gave their newsletter consent when joining has just confirmed their address from the
     * account email: that proves the address, so they are on the list now, with no second email to confirm.
     */
    public void memberConfirmedAddress(Member member) {
        if (!member.newsletterConsent().isGiven() || member.status() != uk.cmlnetwork.member.MemberStatus.ACTIVE) {
            return;
        }
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.findByEmail(Subscriber.normalise(member.email())).orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(member.email(), member.name(), member.id().value(), now);
            subscribers.store(subscriber);
        } else if (subscriber.isSubscribed()) {
            return;
        }
        subscriber.askForConfirmation(member.name(), member.id().value(), now);
        subscriber.confirm(now);
    }

    private Optional<Confirmation> ask(String email, String name, String memberId) {
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.findByEmail(Subscriber.normalise(email)).orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(email, name, memberId, now);
            subscribers.store(subscriber);
        } else if (subscriber.isSubscribed()) {
            return Optional.empty();
        }
        String secret = subscriber.askForConfirmation(name, memberId, now);
        return Optional.of(new Confirmation(subscriber.email(), subscriber.name(), secret));
    }

    /** The emailed confirmation link was followed. */
    public Subscriber confirm(String secret) {
        Instant now = clock.instant();
        Subscriber subscriber = secret == null || secret.isBlank() ? null
                : subscribers.findByConfirmationHash(Secrets.hash(secret)).orElse(null);
        if (subscriber == null || !subscriber.confirmationWorksAt(now)) {
            throw new LinkRefused("This confirmation link has expired or has already been used. Sign up again to get a new one.");
        }
        subscriber.confirm(now);
        return subscriber;
    }

    /** Leaves the list from an issue's link; a second time changes nothing; a made-up link is refused. */
    public Unsubscribed unsubscribe(String token) {
        Subscriber subscriber = token == null || token.isBlank() ? null
                : subscribers.findByUnsubscribeToken(token.strip()).orElse(null);
        if (subscriber == null) {
            throw new LinkRefused("This unsubscribe link is not one we sent. Use the link in the newsletter email,"
                    + " or sign in and change your consents.");
        }
        boolean alreadyOff = subscriber.status() == SubscriberStatus.UNSUBSCRIBED;
        if (!alreadyOff) {
            subscriber.unsubscribe(clock.instant());
        }
        return new Unsubscribed(subscriber.email(), alreadyOff, subscriber.memberId());
    }

    /** A member withdrew their newsletter consent in their profile. */
    public void memberWithdrew(Member member) {
        subscribers.findByMember(member.id().value())
                .or(() -> subscribers.findByEmail(Subscriber.normalise(member.email())))
                .filter(s -> s.status() != SubscriberStatus.UNSUBSCRIBED)
                .ifPresent(s -> s.unsubscribe(clock.instant()));
    }

    /** An erased account: its address leaves the list altogether. */
    /**
     * The member's address changed: their subscription follows it, unless the new address already has a
     * subscription of its own (then that one stands).
     */
    public void memberChangedAddress(Member member) {
        subscribers.findByMember(member.id().value())
                .filter(s -> subscribers.findByEmail(Subscriber.normalise(member.email())).isEmpty())
                .ifPresent(s -> s.moveTo(member.email()));
    }

    public void forgetMember(String memberId) {
        subscribers.findByMember(memberId).ifPresent(subscribers::delete);
    }

    public Optional<Subscriber> ofMember(Member member) {
        return subscribers.findByMember(member.id().value());
    }

    public long subscribedCount() {
        return subscribers.countSubscribed();
    }
}
