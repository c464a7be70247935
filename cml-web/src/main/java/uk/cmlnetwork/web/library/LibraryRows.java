package uk.cmlnetwork.web.library;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.web.WrittenInOnePiece;

/**
 * The rows of the directory's results table, {@code <cml:libraryRows libraries="#{...}"/>}: name
 * (linking to the library's page) and postcode, library authority, region, how it is run. Written in
 * one pass because the directory is the site's busiest page: a ui:repeat evaluates a dozen
 * expressions per row on every view. Text is escaped by the response writer as usual
 * ({@link WrittenInOnePiece}), and each library's row is kept once written: the libraries shown are
 * the in-memory directory's copies, which never change (a change to a library makes a new copy,
 * written anew), so most page views only join rows written before. Kept weakly: rows of copies the
 * directory has let go of go with them.
 */
@FacesComponent(createTag = true, namespace = "https://cmlnetwork.uk/faces", tagName = "libraryRows")
public class LibraryRows extends UIComponentBase {
    @Override
    public String getFamily() {
        return "uk.cmlnetwork.LibraryRows";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<Library> libraries = (List<Library>) getAttributes().get("libraries");
        String pagePath = context.getExternalContext().getRequestContextPath() + "/library.xhtml?id=";
        StringBuilder rows = new StringBuilder(2048);
        for (Library library : libraries == null ? List.<Library>of() : libraries) {
            rows.append(rowOf(context, library, pagePath));
        }
        context.getResponseWriter().write(rows.toString());
    }

    private record Row(String pagePath, String markup) {
    }

    private static final Map<Library, Row> ROWS = Collections.synchronizedMap(new WeakHashMap<>());

    private String rowOf(FacesContext context, Library library, String pagePath) throws IOException {
        Row known = ROWS.get(library);
        if (known == null || !known.pagePath().equals(pagePath)) {
            known = new Row(pagePath, WrittenInOnePiece.text(context, out -> row(out, library, pagePath)));
            ROWS.put(library, known);
        }
        return known.markup();
    }

    private void row(ResponseWriter out, Library library, String pagePath) throws IOException {
        out.startElement("tr", this);
        out.writeAttribute("class", "govuk-table__row", null);

        cell(out);
        out.startElement("a", this);
        out.writeAttribute("class", "govuk-link", null);
        out.writeURIAttribute("href", pagePath + URLEncoder.encode(library.id().value(), StandardCharsets.UTF_8), null);
        out.writeText(library.name(), null);
        out.endElement("a");
        if (library.postcode() != null && !library.postcode().isEmpty()) {
            out.startElement("br", this);
            out.endElement("br");
            out.startElement("span", this);
            out.writeAttribute("class", "govuk-body-s", null);
            out.writeText(library.postcode(), null);
            out.endElement("span");
        }
        out.endElement("td");

        textCell(out, library.localAuthority());
        textCell(out, library.region() == null ? null : library.region().label());
        textCell(out, library.managementType() == null ? null
                : library.managementType().label() + " (" + library.managementType().code() + ")");
        out.endElement("tr");
    }

    private void cell(ResponseWriter out) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("class", "govuk-table__cell", null);
    }

    private void textCell(ResponseWriter out, String text) throws IOException {
        cell(out);
        if (text != null) {
            out.writeText(text, null);
        }
        out.endElement("td");
    }
}
