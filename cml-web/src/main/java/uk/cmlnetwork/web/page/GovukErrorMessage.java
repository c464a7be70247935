package uk.cmlnetwork.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.Iterator;

/**
 * Every {@code h:message} as the GOV.UK error message: {@code <p class="govuk-error-message"
 * id="FIELD-error"><span class="govuk-visually-hidden">Error:</span> ...</p>}. The id ties it to its field:
 * {@code resources/cml/form-errors.js} adds it to the field's {@code aria-describedby} and marks the field
 * and its group with GOV.UK's error classes. Registered in faces-config.xml for every page.
 */
public class GovukErrorMessage extends Renderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UIMessage message = (UIMessage) component;
        UIComponent field = message.getFor() == null ? null : message.findComponent(message.getFor());
        if (field == null) {
            return;
        }
        String fieldId = field.getClientId(context);
        Iterator<FacesMessage> messages = context.getMessages(fieldId);
        if (!messages.hasNext()) {
            return;
        }
        FacesMessage shown = messages.next();
        ResponseWriter out = context.getResponseWriter();
        out.startElement("p", component);
        out.writeAttribute("id", fieldId + "-error", null);
        out.writeAttribute("class", "govuk-error-message", null);
        out.startElement("span", null);
        out.writeAttribute("class", "govuk-visually-hidden", null);
        out.writeText("Error:", null);
        out.endElement("span");
        out.writeText(" " + shown.getSummary(), null);
        out.endElement("p");
        shown.rendered();
    }
}
