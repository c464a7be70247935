package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.newsletter.Confirmation;
import uk.cmlnetwork.web.setup.Settings;

/** The email that asks someone to confirm they want the newsletter (the second step of the double opt-in). */
@ApplicationScoped
public class NewsletterConfirmations {
    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    public void ask(Confirmation confirmation) {
        outbox.queue(new Letter("newsletter", confirmation.email(), confirmation.name(),
                "Confirm you want the CML Network newsletter",
                "Hello" + (confirmation.name() == null ? "" : " " + confirmation.name()) + ",\n\n"
                        + "Someone, we hope you, asked for the CML Network monthly newsletter to be sent to this address. "
                        + "To start it, open this link within 7 days and press the button:\n\n"
                        + settings.siteUrl() + "newsletter-confirm.xhtml?token=" + confirmation.secret() + "\n\n"
                        + "If it was not you, ignore this email: nothing will be sent.\n"));
    }
}
