package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.cmlnetwork.library.HeaderMapping;
import uk.cmlnetwork.library.ImportReport;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.web.page.Pages;

/**
 * Coordinators upload a published library dataset (and its authorities file) to import into the
 * directory; the page reports what was added and changed and each row left out, with its line.
 */
@Named
@RequestScoped
public class ImportLibrariesPage {
    private static final Map<String, String> FIELDS = Map.of("file", "import:libraries", "authorities",
            "import:authorities", "mapping", "import:mapping");

    @Inject
    LibrariesFacade libraries;

    private Part librariesFile;
    private Part authoritiesFile;
    private String mapping;
    private ImportReport report;

    public String importFile() {
        if (librariesFile == null || librariesFile.getSize() == 0) {
            Pages.showProblems(InvalidInput.of("file", "Choose the libraries CSV file to import"), FIELDS);
            return null;
        }
        try (Reader rows = reader(librariesFile);
             Reader authorities = authoritiesFile == null || authoritiesFile.getSize() == 0 ? null : reader(authoritiesFile)) {
            report = libraries.importDirectory(rows, authorities, HeaderMapping.parse(mapping));
            Pages.showInfo("Import finished: " + report.added() + " added, " + report.updated() + " updated, "
                    + report.unchanged() + " already up to date, " + report.problems().size() + " rows left out");
        } catch (InvalidInput problems) {
            Pages.showProblems(problems, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static Reader reader(Part part) throws IOException {
        return new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8);
    }

    public ImportReport getReport() { return report; }
    public Part getLibrariesFile() { return librariesFile; }
    public void setLibrariesFile(Part librariesFile) { this.librariesFile = librariesFile; }
    public Part getAuthoritiesFile() { return authoritiesFile; }
    public void setAuthoritiesFile(Part authoritiesFile) { this.authoritiesFile = authoritiesFile; }
    public String getMapping() { return mapping; }
    public void setMapping(String mapping) { this.mapping = mapping; }
}
