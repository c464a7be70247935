package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.cmlnetwork.advice.PublicQuestion;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.JsonBuilders;
import uk.cmlnetwork.web.setup.Settings;

/** The public questions and their solutions, read only: GET /api/questions and /api/questions/{id} (docs/api.md). */
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {
    @Inject
    AdviceFacade advice;

    @Inject
    Settings settings;

    @GET
    public JsonObject all() {
        JsonArrayBuilder questions = JsonBuilders.array();
        advice.publicQuestions().forEach(q -> questions.add(json(q)));
        return JsonBuilders.object().add("questions", questions).build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        try {
            return Response.ok(json(advice.publicQuestion(new QuestionId(id))).build()).build();
        } catch (NotFound unknown) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(JsonBuilders.object().add("message", "There is no public question with this id").build()).build();
        }
    }

    private JsonObjectBuilder json(PublicQuestion shown) {
        JsonArrayBuilder topics = JsonBuilders.array();
        shown.question().topics().forEach(t -> topics.add(t.code()));
        return JsonBuilders.object()
                .add("id", shown.question().id().value())
                .add("title", shown.question().title())
                .add("body", shown.question().body())
                .add("askedBy", shown.askerShownAs())
                .add("askedAt", shown.question().askedAt().toString())
                .add("topics", topics)
                .add("solution", JsonBuilders.object()
                        .add("body", shown.solution().body())
                        .add("answeredBy", shown.solverShownAs())
                        .add("answeredAt", shown.solution().answeredAt().toString()))
                .add("page", settings.siteUrl() + "question.xhtml?id=" + shown.question().id().value());
    }
}
