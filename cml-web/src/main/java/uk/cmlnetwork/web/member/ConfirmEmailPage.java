package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.web.page.Pages;

/**
 * The page the confirmation email links to. Opening the link changes nothing (mail scanners
 * open links too); the member presses the button, which posts the form.
 */
@Named
@RequestScoped
public class ConfirmEmailPage {
    @Inject
    MembersFacade members;

    private String token;
    private boolean confirmed;

    public String confirm() {
        return Pages.attempt(Map.of(), () -> {
            members.confirmEmail(token);
            confirmed = true;
            return null;
        });
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
