package uk.cmlnetwork.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * The {@code <option>} elements of a plain HTML {@code <select>} in a GET form:
 * {@code <cml:options items="#{...}" selected="#{...}"/>} with {@link Choices}. A long list
 * (the directory's 151 authorities) written with ui:repeat costs several expressions per option on
 * every page view; here each option is written (escaped by the response writer as usual) once per
 * list and kept, and the page gets them in at most three writes.
 */
@FacesComponent(createTag = true, namespace = "https://cmlnetwork.uk/faces", tagName = "options")
public class ChoiceOptions extends UIComponentBase {
    @Override
    public String getFamily() {
        return "uk.cmlnetwork.ChoiceOptions";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Choices items = (Choices) getAttributes().get("items");
        if (items != null) {
            items.writeTo(context, this, getAttributes().get("selected"));
        }
    }
}
