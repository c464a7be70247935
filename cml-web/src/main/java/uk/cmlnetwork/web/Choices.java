package uk.cmlnetwork.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
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
    /** The options' markup; written on first use. */
    private volatile Written written;

    private Choices(List<Choice> items) {
        this.items = List.copyOf(items);
    }

    public static Choices of(List<Choice> items) {
        return new Choices(items);
    }

    public List<Choice> items() {
        return items;
    }

    /**
     * Writes the options, the one whose value equals {@code selected} marked as selected: the list
     * as written unselected, in up to three pieces around the selected one (no copy of the list).
     */
    void writeTo(FacesContext context, UIComponent writtenBy, Object selected) throws IOException {
        Written written = this.written;
        if (written == null) {
            written = write(context, writtenBy);
            this.written = written; // two first page views at once may both write it: the same text either way
        }
        ResponseWriter out = context.getResponseWriter();
        int chosen = selected == null ? -1 : indexOf(selected);
        if (chosen < 0) {
            out.write(written.unselected);
            return;
        }
        int start = written.starts[chosen];
        int end = written.starts[chosen + 1];
        out.write(written.unselected, 0, start);
        out.write(written.selected[chosen]);
        out.write(written.unselected, end, written.unselected.length() - end);
    }

    private int indexOf(Object selected) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).value().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    /** Every option unselected in one text, where each starts in it, and each option selected. */
    private record Written(String unselected, int[] starts, String[] selected) {
    }

    private Written write(FacesContext context, UIComponent writtenBy) throws IOException {
        StringBuilder unselected = new StringBuilder(items.size() * 48);
        int[] starts = new int[items.size() + 1];
        String[] selected = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Choice choice = items.get(i);
            starts[i] = unselected.length();
            unselected.append(WrittenInOnePiece.text(context, out -> option(out, choice, false, writtenBy)));
            selected[i] = WrittenInOnePiece.text(context, out -> option(out, choice, true, writtenBy));
        }
        starts[items.size()] = unselected.length();
        return new Written(unselected.toString(), starts, selected);
    }

    private static void option(ResponseWriter out, Choice choice, boolean selected,
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
