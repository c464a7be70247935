package uk.cmlnetwork.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Security headers on every response. The pages use no inline script or style, so the content
 * security policy can allow only the site's own files. Private pages are not kept by the browser,
 * and a GET never carries a form (state changes by POST only).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(settings.mapTiles()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (isPrivate(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (isGetCarryingAForm(request)) {
            // Faces would take a GET with a view state as the form's post and save it; nothing changes by GET.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The policy, with the map's tile server (if one is set) among the image sources. */
    static String contentSecurityPolicy(String tiles) {
        if (tiles == null || tiles.isEmpty()) {
            return CONTENT_SECURITY_POLICY;
        }
        java.net.URI uri = java.net.URI.create(tiles.replaceAll("[{}]", ""));
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }

    /**
     * Pages a browser must not keep (after signing out, the back button would show them again): the
     * members', managers' and coordinators' pages, a member's email choices, and every page shown to a signed-in member, since
     * each shows who they are.
     */
    static boolean isPrivate(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/")) {
            return false; // the site's style sheets, scripts and images: the same for everyone
        }
        return path.startsWith("/account/") || path.startsWith("/manage/") || path.startsWith("/coordinator/")
                || path.startsWith("/email-choices") // reached by a member's own signed link
                || path.startsWith("/caught-emails") // the build's servers only: everyone's links
                || request.isUserInRole("MEMBER") || request.getRequestedSessionId() != null;
    }

    private static boolean isGetCarryingAForm(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("jakarta.faces.ViewState") != null;
    }
}
