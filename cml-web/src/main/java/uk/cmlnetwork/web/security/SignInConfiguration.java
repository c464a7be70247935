package uk.cmlnetwork.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * How members sign in, on the site's own page ({@code SignInPage} hands the credentials over). A page
 * that needs a signed-in member shows the sign-in form in its place (a forward); after signing in the
 * member goes on to it. The container's own form sign-in is not used: it remembered the page in a
 * cookie scripts could read (WASReqURL) and sent the visitor to an address built from the request's
 * Host header, which the client chooses. The sign-in is kept in the session, as the member's id and
 * roles, and given to the container again on each request: so on a site of several servers with
 * sessions in the database, a member signed in by one is signed in on all (the server's own "apply the
 * session" keeps it in a cookie only that server's keys and user registry can read back).
 */
@DeclareRoles({"MEMBER", "LIBRARY_EDITOR", "COORDINATOR"})
@ApplicationScoped
public class SignInConfiguration implements HttpAuthenticationMechanism {
    /** The request attribute holding the path of the page asked for, while the sign-in form stands in for it. */
    public static final String PAGE_ASKED_FOR = "cml.pageAskedFor";
    private static final String SIGNED_IN = "cml.signedIn";

    /** Who signed in this session (their member id) and with which roles, as checked when they signed in. */
    record SignedIn(String memberId, Set<String> roles) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession().setAttribute(SIGNED_IN,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn member) {
            return context.notifyContainerAboutLogin(member.memberId(), member.roles());
        }
        if (context.isProtected() && "POST".equals(request.getMethod())) {
            // A form sent after the session ended (30 minutes idle): what was typed belongs to a page state the
            // server no longer has, so it cannot be kept. The sign-in page says so and leads back to the page.
            String query = request.getQueryString();
            String page = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
            return context.redirect(request.getContextPath() + "/sign-in.xhtml?ended=true&next="
                    + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.setAttribute(PAGE_ASKED_FOR, request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query));
            return context.forward("/sign-in.xhtml");
        }
        return context.doNothing();
    }
}
