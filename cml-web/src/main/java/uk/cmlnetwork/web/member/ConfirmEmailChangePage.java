package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.web.page.Pages;

/**
 * The page the link sent to a member's new address opens. Opening it changes nothing (mail scanners open
 * links too); the member presses the button.
 */
@Named
@RequestScoped
public class ConfirmEmailChangePage {
    @Inject
    MembersFacade members;

    private String token;
    private String newEmail;

    public String confirm() {
        return Pages.attempt(Map.of(), () -> {
            newEmail = members.confirmEmailChange(token).email();
            return null;
        });
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getNewEmail() { return newEmail; }
}
