package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import uk.cmlnetwork.shared.AttemptLimit;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Slows down password guessing with growing delays, counted in the database (every server shares
 * them): five attempts at one account from one client, then each waits twice as long as the last, up
 * to a quarter of an hour; fifty at one account from anywhere (a spread-out attack), then waits of up
 * to a minute, so that nobody can lock a member out for long; and a number from one client across
 * accounts (settings). Signing in clears the account's counts.
 */
@ApplicationScoped
public class SignInLimits {
    static final AttemptLimit ONE_ACCOUNT_FROM_ONE_CLIENT =
            AttemptLimit.growingDelays(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final AttemptLimit ONE_ACCOUNT = AttemptLimit.growingDelays(50, Duration.ofMinutes(15), Duration.ofMinutes(1));

    @Inject
    AttemptsFacade attempts;

    @Inject
    Settings settings;

    /** Counts this attempt to sign in; what to tell the person when it must wait. */
    public Optional<String> refusal(String email, String client) {
        AttemptLimit fromOneClient = AttemptLimit.growingDelays(settings.signInsPerClient(), Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        Duration wait = longest(
                attempts.countAndWait(pairKey(email, client), ONE_ACCOUNT_FROM_ONE_CLIENT),
                attempts.countAndWait(accountKey(email), ONE_ACCOUNT),
                attempts.countAndWait("sign-in-from:" + client, fromOneClient));
        if (wait.isZero()) {
            return Optional.empty();
        }
        return Optional.of("Too many attempts to sign in. Wait " + Waits.inWords(wait)
                + " and try again, or reset your password.");
    }

    /** The member signed in: earlier mistakes at their account no longer count. */
    public void signedIn(String email, String client) {
        attempts.forget(pairKey(email, client));
        attempts.forget(accountKey(email));
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        return longest;
    }

    private static String accountKey(String email) {
        return "sign-in:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String pairKey(String email, String client) {
        return accountKey(email) + "|" + client;
    }
}
