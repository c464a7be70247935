package uk.cmlnetwork.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;

/**
 * The {@code <option>} elements of a plain HTML {@code <select>} in a GET form, written in one pass:
 * {@code <cml:options items="#{...}" selected="#{...}"/>} with a list of {@link Choice}. A long list
 * (the directory's 151 authorities) written with ui:repeat costs several expressions per option on
 * every page view; here the values and labels are escaped by the response writer as usual, and
 * written to the page in one piece ({@link WrittenInOnePiece}).
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
        WrittenInOnePiece.write(context, out -> {
            for (Choice choice : items == null ? List.<Choice>of() : items) {
                out.startElement("option", this);
                out.writeAttribute("value", choice.value(), null);
                if (choice.value().equals(selected)) {
                    out.writeAttribute("selected", "selected", null);
                }
                out.writeText(choice.label(), null);
                out.endElement("option");
            }
        });
    }
}
