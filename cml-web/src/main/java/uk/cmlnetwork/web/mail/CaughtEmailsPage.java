package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.web.page.Pages;

/**
 * "Caught emails": what the site sent, with its links, on the servers the build runs (see {@link MailCatcher}).
 * Anyone may read it there, as it is how someone trying the site confirms the address they joined with;
 * everywhere else (the catcher off, as in every real installation) the page is not found.
 */
@Named
@RequestScoped
public class CaughtEmailsPage {
    @Inject
    MailCatcher catcher;

    public void load() {
        if (!catcher.isOn()) {
            Pages.notFound();
        }
    }

    public List<MailCatcher.CaughtEmail> getEmails() {
        return catcher.caught();
    }

    public boolean isAlsoSent() {
        return !catcher.catchesOnly();
    }
}
