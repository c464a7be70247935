package uk.cmlnetwork.web.page;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectItem;
import jakarta.faces.component.UISelectItems;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code h:selectManyCheckbox} and {@code h:selectOneRadio} written as GOV.UK checkboxes or radios
 * (the Design System's markup: one item per line, a large target, the label tied to its box) instead of
 * Faces' table of small native controls. Only the writing is ours: reading the ticked values back and
 * converting them stay with the server's own renderer, which this one wraps, so a page's values, converters
 * and validation work as before. The inputs keep Faces' names (the component's client id); the first box has
 * the component's id, so the error summary's link lands on it, as GOV.UK asks.
 */
final class GovukChoices extends RendererWrapper {
    private final boolean many;

    GovukChoices(Renderer serversOwn, boolean many) {
        super(serversOwn);
        this.many = many;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) {
        // everything is written in encodeEnd
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // the f:selectItem(s) children are read, not written
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        String kind = many ? "checkboxes" : "radios";
        String clientId = component.getClientId(context);
        // The items are read once: their expression may ask the database (a page's list of topics).
        List<SelectItem> items = items(context, component);
        Converter<Object> converter = converterFor(context, component, items);
        Set<String> chosen = chosenValues(context, component, converter);
        boolean disabled = Boolean.TRUE.equals(component.getAttributes().get("disabled"));
        ResponseWriter out = context.getResponseWriter();
        out.startElement("div", component);
        String extra = (String) component.getAttributes().get("styleClass");
        out.writeAttribute("class", "govuk-" + kind + (many ? " govuk-checkboxes--small" : "")
                + (extra == null ? "" : " " + extra), null);
        out.writeAttribute("data-module", "govuk-" + kind, null);
        int position = 0;
        for (SelectItem item : items) {
            position++;
            String id = position == 1 ? clientId : clientId + "-" + position;
            String value = asString(context, component, converter, item.getValue());
            out.startElement("div", null);
            out.writeAttribute("class", "govuk-" + kind + "__item", null);
            out.startElement("input", null);
            out.writeAttribute("class", "govuk-" + kind + "__input", null);
            out.writeAttribute("id", id, null);
            out.writeAttribute("name", clientId, null);
            out.writeAttribute("type", many ? "checkbox" : "radio", null);
            out.writeAttribute("value", value, null);
            if (chosen.contains(value)) {
                out.writeAttribute("checked", "checked", null);
            }
            if (disabled || item.isDisabled()) {
                out.writeAttribute("disabled", "disabled", null);
            }
            out.endElement("input");
            out.startElement("label", null);
            out.writeAttribute("class", "govuk-label govuk-" + kind + "__label", null);
            out.writeAttribute("for", id, null);
            out.writeText(item.getLabel(), null);
            out.endElement("label");
            out.endElement("div");
        }
        out.endElement("div");
    }

    /** The values to show ticked: what was just sent (when the form came back with problems), else the page's. */
    private static Set<String> chosenValues(FacesContext context, UIComponent component, Converter<Object> converter) {
        Set<String> chosen = new HashSet<>();
        Object sent = component instanceof jakarta.faces.component.EditableValueHolder holder ? holder.getSubmittedValue() : null;
        Object current = sent != null ? sent : ((ValueHolder) component).getValue();
        if (current instanceof Collection<?> values) {
            values.forEach(value -> chosen.add(asString(context, component, sent != null ? null : converter, value)));
        } else if (current != null && current.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(current); i++) {
                chosen.add(asString(context, component, sent != null ? null : converter, Array.get(current, i)));
            }
        } else if (current != null) {
            chosen.add(asString(context, component, sent != null ? null : converter, current));
        }
        return chosen;
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object> converterFor(FacesContext context, UIComponent component, List<SelectItem> items) {
        Converter<?> own = ((ValueHolder) component).getConverter();
        if (own != null) {
            return (Converter<Object>) own;
        }
        for (SelectItem item : items) {
            if (item.getValue() != null) {
                return (Converter<Object>) context.getApplication().createConverter(item.getValue().getClass());
            }
        }
        return null;
    }

    private static String asString(FacesContext context, UIComponent component, Converter<Object> converter, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (converter != null) {
            return converter.getAsString(context, component, value);
        }
        return value == null ? "" : value.toString();
    }

    /** The items of the f:selectItem and f:selectItems children, each f:selectItems' var set while it is read. */
    private static List<SelectItem> items(FacesContext context, UIComponent component) {
        List<SelectItem> items = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UISelectItem one) {
                items.add(one.getValue() instanceof SelectItem item ? item
                        : new SelectItem(one.getItemValue(), one.getItemLabel(), null, one.isItemDisabled()));
            } else if (child instanceof UISelectItems many) {
                addAll(context, many, items);
            }
        }
        return items;
    }

    private static void addAll(FacesContext context, UISelectItems source, List<SelectItem> items) {
        Object value = source.getValue();
        Iterable<?> values = value instanceof Iterable<?> iterable ? iterable
                : value != null && value.getClass().isArray() ? arrayList(value) : List.of();
        Map<String, Object> attributes = source.getAttributes();
        String var = (String) attributes.get("var");
        Map<String, Object> requestMap = context.getExternalContext().getRequestMap();
        for (Object each : values) {
            if (each instanceof SelectItem item) {
                items.add(item);
                continue;
            }
            Object hidden = var == null ? null : requestMap.put(var, each);
            try {
                // get, not containsKey: an attribute given by an expression is only found by evaluating it
                Object given = attributes.get("itemValue");
                Object itemValue = given != null ? given : each;
                Object label = attributes.get("itemLabel");
                boolean disabled = Boolean.TRUE.equals(attributes.get("itemDisabled"));
                items.add(new SelectItem(itemValue, label == null ? String.valueOf(itemValue) : label.toString(), null, disabled));
            } finally {
                if (var != null) {
                    if (hidden == null) {
                        requestMap.remove(var);
                    } else {
                        requestMap.put(var, hidden);
                    }
                }
            }
        }
    }

    private static List<Object> arrayList(Object array) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < Array.getLength(array); i++) {
            list.add(Array.get(array, i));
        }
        return list;
    }
}
