package uk.cmlnetwork.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The page's messages for the GOV.UK error summary (each linking to its field) and success banner. */
@Named
@RequestScoped
public class PageMessages {
    @Inject
    FromLastPage fromLastPage;

    /** One message; {@code fieldId} is the HTML id of the field it is about, or null for the page. */
    public record Shown(String fieldId, String text) {
    }

    public List<Shown> getErrors() {
        return collect(true);
    }

    public List<Shown> getNotices() {
        List<Shown> notices = collect(false);
        String handedOn = fromLastPage.getNotice();
        if (handedOn != null) {
            notices.add(0, new Shown(null, handedOn));
        }
        return notices;
    }

    private static List<Shown> collect(boolean errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Shown> shown = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(ids::add);
        for (String id : ids) {
            Iterator<FacesMessage> messages = faces.getMessages(id);
            while (messages.hasNext()) {
                FacesMessage message = messages.next();
                boolean error = message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
                if (error == errors) {
                    shown.add(new Shown(id, message.getSummary()));
                }
            }
        }
        return shown;
    }
}
