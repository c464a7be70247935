package uk.cmlnetwork.web.member;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.SignInConfiguration;
import uk.cmlnetwork.web.security.SignInLimits;

/** The sign-in page: checks the throttle, then hands the credentials to Jakarta Security. */
@Named
@RequestScoped
public class SignInPage {
    @Inject
    SecurityContext security;

    @Inject
    jakarta.enterprise.event.Event<uk.cmlnetwork.web.metrics.Counted> counted;

    @Inject
    SignInLimits limits;

    private String email;
    private String password;
    private String next;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = request.getRemoteAddr();
        Optional<String> tooMany = limits.refusal(email, address); // counted before the password is checked
        if (tooMany.isPresent()) {
            counted.fire(uk.cmlnetwork.web.metrics.Counted.SIGN_IN_REFUSAL);
            Pages.showError(tooMany.get());
            password = null;
            return null;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before signing in is worthless after it
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS:
                limits.signedIn(email, address);
                external.redirect(external.getRequestContextPath() + next());
                return null;
            default:
                counted.fire(uk.cmlnetwork.web.metrics.Counted.SIGN_IN_REFUSAL);
                Pages.showError("Enter a correct email address and password. "
                        + "If you have not confirmed your email address yet, use the link we sent you.");
                password = null;
                return null;
        }
    }

    /** The page the member asked for before being asked to sign in; only a path on this site. */
    public String getNext() {
        if (next == null) {
            Object asked = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(SignInConfiguration.PAGE_ASKED_FOR);
            // A protected page stood the form in for itself; else a "Sign in" link says where it was (?next=).
            String linked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
            next = asked != null ? asked.toString() : linked == null ? "" : linked;
        }
        return next;
    }

    /** Whether the member was sent here by a form they sent after their session ended. */
    public boolean isSessionEnded() {
        return "true".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ended"));
    }

    public void setNext(String next) {
        this.next = next;
    }

    /** Where to go once signed in: the page asked for, if it is a path on this site, else the account page. */
    private String next() {
        String asked = getNext();
        boolean onThisSite = asked.startsWith("/") && !asked.startsWith("//") && !asked.contains("\\")
                && asked.chars().noneMatch(c -> c < 0x21);
        return onThisSite && !asked.startsWith("/sign-in.xhtml") ? asked : "/account/profile.xhtml";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
