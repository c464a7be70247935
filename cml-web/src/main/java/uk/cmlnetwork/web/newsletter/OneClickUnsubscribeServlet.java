package uk.cmlnetwork.web.newsletter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.newsletter.LinkRefused;

/**
 * The List-Unsubscribe address in each issue's headers. A mail client's one-click unsubscribe
 * (RFC 8058) posts here with no cookies and no form of ours, so the secret in the address is the
 * only check; opening it as a link shows the unsubscribe page with its button instead.
 */
@WebServlet("/newsletter/unsubscribe")
public class OneClickUnsubscribeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient NewsletterFacade newsletter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        try {
            newsletter.unsubscribe(request.getParameter("token"));
            response.getWriter().println("You are unsubscribed from the CML Network newsletter.");
        } catch (LinkRefused forged) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().println(forged.getMessage());
        }
    }
}
