package uk.cmlnetwork.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Members sign in on the site's own page; a page that needs a role shows the sign-in form in its place
 * (a forward, not a redirect: a redirect's address would be built from the request's Host header, which
 * the client chooses). After signing in they go on to the page they asked for; redirects are paths
 * (server.xml, redirecttorelativeurl).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({"MEMBER", "LIBRARY_EDITOR", "COORDINATOR"})
@ApplicationScoped
public class SignInConfiguration {
}
