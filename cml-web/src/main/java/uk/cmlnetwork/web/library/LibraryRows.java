package uk.cmlnetwork.web.library;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.cmlnetwork.library.Library;

/**
 * The rows of the directory's results table, {@code <cml:libraryRows libraries="#{...}"/>}: name (linking
 * to the library's page) and postcode, library authority, region, how it is run. Written in one pass,
 * escaped by the response writer: the directory is the site's busiest page, and a ui:repeat evaluates a
 * dozen expressions per row.
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
        ResponseWriter out = context.getResponseWriter();
        for (Library library : libraries == null ? List.<Library>of() : libraries) {
            row(out, library, pagePath);
        }
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
