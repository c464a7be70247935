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

    /**
     * The ids of the page's components, in the order they appear: the error summary lists its problems in
     * the order of the fields. Built from the components' own ids and their naming containers, without
     * visiting repeated rows (that would evaluate the summary's own list): a field in a repeated row is
     * matched without its row number. Ids the page does not have (the page's own messages, plain fields)
     * sort first, as -1, in the order they were added.
     */
    private static List<String> inPageOrder(FacesContext faces) {
        List<String> order = new ArrayList<>();
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().getChildren().forEach(child -> walk(child, "", order));
        }
        return order;
    }

    private static void walk(jakarta.faces.component.UIComponent component, String prefix, List<String> order) {
        String id = component.getId() == null ? null : prefix + component.getId();
        if (id != null) {
            order.add(id);
        }
        String inside = component instanceof jakarta.faces.component.NamingContainer && id != null ? id + ":" : prefix;
        component.getFacetsAndChildren().forEachRemaining(child -> walk(child, inside, order));
    }

    private static int position(List<String> order, String clientId) {
        return clientId == null ? -1 : order.indexOf(clientId.replaceAll(":\\d+(?=:)", ""));
    }

    private static List<Shown> collect(boolean errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Shown> shown = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(ids::add);
        if (errors && ids.size() > 1) {
            List<String> order = inPageOrder(faces);
            ids.sort(java.util.Comparator.comparingInt(id -> position(order, id)));
        }
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
