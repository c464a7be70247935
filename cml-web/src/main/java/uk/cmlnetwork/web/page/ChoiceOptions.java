package uk.cmlnetwork.web.page;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The {@code <option>} elements of a plain HTML {@code <select>} in a GET form:
 * {@code <cml:options items="#{...}" selected="#{...}"/>} with a list of {@link Choice}. Written in one
 * pass, escaped by the response writer: a ui:repeat evaluates several expressions and keeps state per
 * option, and the directory's filters offer about 200 options on every search.
 */
@FacesComponent(createTag = true, namespace = "https://cmlnetwork.uk/faces", tagName = "options")
public class ChoiceOptions extends UIComponentBase {
    @Override
    public String getFamily() {
        return "uk.cmlnetwork.ChoiceOptions";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<Choice> items = (List<Choice>) getAttributes().get("items");
        Object selected = getAttributes().get("selected");
        ResponseWriter out = context.getResponseWriter();
        for (Choice choice : items == null ? List.<Choice>of() : items) {
            out.startElement("option", this);
            out.writeAttribute("value", choice.value(), null);
            if (choice.value().equals(selected)) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(choice.label(), null);
            out.endElement("option");
        }
    }
}
