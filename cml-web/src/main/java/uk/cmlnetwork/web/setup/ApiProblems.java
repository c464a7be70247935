package uk.cmlnetwork.web.setup;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the REST API that a resource did not answer itself becomes a JSON problem
 * ({@code {"message": "..."}}, docs/api.md), never the server's own page. The answer names no class,
 * method or argument, and the log gets the exception's type and where it was thrown, never its
 * message: the REST layer's messages quote the request's arguments, headers (a booking desk key)
 * included.
 */
@Provider
public class ApiProblems implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
            int status = refused.getResponse().getStatus();
            return problem(status, clientMessage(status));
        }
        LOG.log(Level.SEVERE, "API request failed: {0} at {1}", new Object[] {failure.getClass().getName(),
                failure.getStackTrace().length == 0 ? "?" : failure.getStackTrace()[0]});
        if (isMalformedBody(failure)) {
            return problem(400, clientMessage(400));
        }
        return problem(500, "Something went wrong on our side; nothing was changed. Please try again later");
    }

    /** The request's body could not be read as the JSON the operation takes (a server error in name only). */
    private static boolean isMalformedBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonException || cause instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String clientMessage(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: send a JSON object as docs/api.md describes";
            case 401 -> "Sign in or give the booking desk key";
            case 403 -> "You are not allowed to do this";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take that kind of request";
            case 406 -> "This address answers in JSON only";
            case 415 -> "Send JSON (Content-Type: application/json)";
            default -> "The request could not be answered";
        };
    }

    private static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("message", message).build()).build();
    }
}
