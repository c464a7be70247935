package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.EmailLimits;

/** "Forgotten your password?" and the page its emailed link opens. */
@Named
@RequestScoped
public class PasswordResetPages {
    @Inject
    MembersFacade members;

    @Inject
    EmailLimits emailLimits;

    private String email;
    private String token;
    private String password;
    private boolean done;

    /** Always the same answer, so nobody can find out who is a member. */
    public String requestLink() {
        return Pages.attempt(Map.of("email", "forgot:email"), () -> {
            emailLimits.checkThisRequest(email);
            members.forgotPassword(email);
            done = true;
            return null;
        });
    }

    public String reset() {
        String next = Pages.attempt(Map.of("password", "reset:password"), () -> {
            members.resetPassword(token, password);
            done = true;
            return null;
        });
        password = null; // never shown again
        return next;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isDone() { return done; }
}
