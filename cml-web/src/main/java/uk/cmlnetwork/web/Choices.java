package uk.cmlnetwork.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;

/**
 * The options of a drop-down list ({@link ChoiceOptions}), each written out once, escaped by the
 * response writer, and kept: the directory's filters offer the same 200 options on every search,
 * so a page view only picks the one shown as selected. Make one per list that stays the same (a
 * constant, or one per state of the directory), not one per page view.
 */
public final class Choices {
    private final List<Choice> items;
    /** Each option's markup, unselected and selected; written on first use. */
    private volatile String[][] markup;

    private Choices(List<Choice> items) {
        this.items = List.copyOf(items);
    }

    public static Choices of(List<Choice> items) {
        return new Choices(items);
    }

    public List<Choice> items() {
        return items;
    }

    /** The options' markup, the one whose value equals {@code selected} marked as selected. */
    String markup(FacesContext context, UIComponent writtenBy, Object selected) throws IOException {
        String[][] written = markup;
        if (written == null) {
            written = write(context, writtenBy);
            markup = written; // two first page views at once may both write it: the same text either way
        }
        StringBuilder options = new StringBuilder(written.length * 48);
        for (int i = 0; i < items.size(); i++) {
            options.append(written[i][items.get(i).value().equals(selected) ? 1 : 0]);
        }
        return options.toString();
    }

    private String[][] write(FacesContext context, UIComponent writtenBy) throws IOException {
        String[][] written = new String[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            Choice choice = items.get(i);
            written[i] = new String[] {
                WrittenInOnePiece.text(context, out -> option(out, choice, false, writtenBy)),
                WrittenInOnePiece.text(context, out -> option(out, choice, true, writtenBy))
            };
        }
        return written;
    }

    private static void option(jakarta.faces.context.ResponseWriter out, Choice choice, boolean selected,
            UIComponent writtenBy) throws IOException {
        out.startElement("option", writtenBy);
        out.writeAttribute("value", choice.value(), null);
        if (selected) {
            out.writeAttribute("selected", "selected", null);
        }
        out.writeText(choice.label(), null);
        out.endElement("option");
    }
}
