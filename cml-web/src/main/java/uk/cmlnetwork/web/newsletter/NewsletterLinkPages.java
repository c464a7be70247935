package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.newsletter.Unsubscribed;
import uk.cmlnetwork.web.page.Pages;

/**
 * The pages the newsletter's emails link to: confirming a subscription and unsubscribing. Opening
 * a link changes nothing (mail scanners open links too); the person presses the button.
 */
@Named
@RequestScoped
public class NewsletterLinkPages {
    @Inject
    NewsletterFacade newsletter;

    private String token;
    private boolean confirmed;
    private Unsubscribed unsubscribed;

    public String confirm() {
        return Pages.attempt(Map.of(), () -> {
            newsletter.confirm(token);
            confirmed = true;
            return null;
        });
    }

    public String unsubscribe() {
        return Pages.attempt(Map.of(), () -> {
            unsubscribed = newsletter.unsubscribe(token);
            return null;
        });
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isConfirmed() { return confirmed; }
    public Unsubscribed getUnsubscribed() { return unsubscribed; }
}
