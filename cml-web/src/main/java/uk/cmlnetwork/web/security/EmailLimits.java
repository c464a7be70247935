package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import uk.cmlnetwork.shared.AttemptLimit;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.web.setup.Settings;

/**
 * How often anyone can make the site email an address (joining, a forgotten password, the newsletter,
 * a guest's booking): a number an hour for each address and for each client (settings), counted in the
 * database so every server shares the counts. Every request counts, whether or not the address is a
 * member's, so the answer tells nobody who is one.
 */
@ApplicationScoped
public class EmailLimits {
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    AttemptsFacade attempts;

    @Inject
    Settings settings;

    /** As {@link #check}, for the page being posted (its client's network address). */
    public void checkThisRequest(String address) {
        check(address, ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr());
    }

    /** Counts a request to email this address; refuses it, naming the email field, when over a limit. */
    public void check(String address, String client) {
        String to = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (to.isEmpty()) {
            return; // nothing will be sent; the form says what is missing
        }
        Duration forAddress = attempts.countAndWait("email-to:" + to,
                AttemptLimit.perWindow(settings.emailsPerAddressPerHour(), HOUR));
        Duration forClient = attempts.countAndWait("email-from:" + client,
                AttemptLimit.perWindow(settings.emailsPerClientPerHour(), HOUR));
        if (!forAddress.isZero()) {
            throw InvalidInput.of("email", "We have sent several emails to this address in the last hour. "
                    + "Check your inbox and spam folder, or wait " + Waits.inWords(forAddress) + " and try again");
        }
        if (!forClient.isZero()) {
            throw InvalidInput.of("email", "Too many emails have been asked for from your connection in the last hour. "
                    + "Wait " + Waits.inWords(forClient) + " and try again");
        }
    }
}
