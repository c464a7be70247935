package uk.cmlnetwork.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;

/** Small things every page bean needs. */
public final class Pages {
    private Pages() {
    }

    /** Answers the request with the 404 page (e.g. an unknown id in a bookmarked address). */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Page not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * Shows each problem next to its field. The map says which form field (client id) holds
     * which input field of the command.
     */
    public static void showProblems(InvalidInput problems, Map<String, String> fieldToClientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.problems().forEach((field, message) -> faces.addMessage(
                fieldToClientId.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
        faces.validationFailed();
    }

    /**
     * The one way a page turns a refusal into a message: runs the action and returns where it leads (or what
     * it read); if
     * the core refuses the input, each problem is shown at its field ({@code fieldToClientId} says which
     * form field holds which input field) and if it refuses the action, its reason is shown for the
     * whole page; either way the page stays (null), with what was typed.
     */
    public static <T> T attempt(Map<String, String> fieldToClientId, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInput problems) {
            showProblems(problems, fieldToClientId);
        } catch (DomainException refused) {
            showError(refused.getMessage());
        }
        return null;
    }

    /** Good news for the whole page, e.g. "your details have been saved". */
    public static void showInfo(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A message for the whole page, e.g. "the event is full". */
    public static void showError(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
