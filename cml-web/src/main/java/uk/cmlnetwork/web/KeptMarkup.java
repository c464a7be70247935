package uk.cmlnetwork.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markup that is the same on every view of every page, {@code <cml:kept name="header">...</cml:kept>}:
 * the page chrome (header, main menu, footer). Faces writes a template's literal markup again on
 * every view, escaping each attribute and text character by character, which a profile of the
 * directory page put at about a fifth of its time. This writes its content once (through the page's
 * own writer, escaped as usual), keeps the text under its name and the site's address, and from then
 * on hands the page the text in one write.
 *
 * <p>Only for content that never differs between visitors or requests: plain markup, the site's
 * address ({@code #{request.contextPath}}) and settings fixed at start-up. Nothing that depends on who
 * is signed in, no form or input: those stay outside it.
 */
@FacesComponent(createTag = true, namespace = "https://cmlnetwork.uk/faces", tagName = "kept")
public class KeptMarkup extends UIComponentBase {
    private static final Map<String, String> KEPT = new ConcurrentHashMap<>();

    @Override
    public String getFamily() {
        return "uk.cmlnetwork.KeptMarkup";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        String key = getAttributes().get("name") + " " + context.getExternalContext().getRequestContextPath();
        String markup = KEPT.get(key);
        if (markup == null) {
            markup = WrittenInOnePiece.text(context, copy -> writeChildren(context, copy));
            KEPT.put(key, markup);
        }
        context.getResponseWriter().write(markup);
    }

    private void writeChildren(FacesContext context, ResponseWriter copy) throws IOException {
        ResponseWriter page = context.getResponseWriter();
        context.setResponseWriter(copy);
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
        } finally {
            context.setResponseWriter(page);
        }
    }
}
