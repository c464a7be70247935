package uk.cmlnetwork.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;

/**
 * A suspension or deletion takes effect at once: a member signed in before it is signed out on
 * their next request, instead of keeping their session until it times out. So does a change of
 * password, for every session but the one that made it ({@link PasswordStamp}).
 */
@WebFilter(urlPatterns = "/*")
public class AccountStillActiveFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SignInFacade members;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.isUserInRole("MEMBER") ? request.getUserPrincipal() : null; // see CurrentMember
        if (caller != null && !stillSignedIn(caller.getName(), request.getSession())) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/sign-in.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillSignedIn(String memberId, HttpSession session) {
        try {
            Member member = members.find(new MemberId(memberId));
            return member.maySignIn() && PasswordStamp.isCurrent(session, member);
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
