package uk.cmlnetwork.web.advice;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.web.page.JsonBuilders;
import uk.cmlnetwork.web.security.NotAllowed;

/**
 * The similar questions for a title being typed, as JSON, for the ask page's script (which shows them
 * as the member types; without the script, the page's button does the same).
 */
@WebServlet("/account/similar-questions")
@ServletSecurity(@HttpConstraint(rolesAllowed = "MEMBER"))
public class SimilarQuestionsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AdviceFacade advice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String title = request.getParameter("title");
        JsonArrayBuilder found = JsonBuilders.array();
        try {
            for (Question question : advice.similarTo(title == null ? "" : title.substring(0, Math.min(title.length(), 200)))) {
                found.add(JsonBuilders.object().add("id", question.id().value()).add("title", question.title())
                        .add("solved", question.isSolved()));
            }
        } catch (NotAllowed notConfirmed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(found.build().toString());
    }
}
