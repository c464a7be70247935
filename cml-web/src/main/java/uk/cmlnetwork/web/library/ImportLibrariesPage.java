package uk.cmlnetwork.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.ColumnMapping;
import uk.cmlnetwork.library.DatasetFile;
import uk.cmlnetwork.library.DatasetImport;
import uk.cmlnetwork.library.DatasetPreview;
import uk.cmlnetwork.library.ImportCheck;
import uk.cmlnetwork.library.ImportReport;
import uk.cmlnetwork.library.PublishedLibrary;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.web.page.Pages;

/**
 * Coordinators bring a published library dataset into the directory in two steps: upload it and see what it
 * would do (the check page: new, updated field by field, closed, reopened, rows to decide, rows left out),
 * then apply exactly that. The check is kept with the page between the two requests.
 */
@Named
@ViewScoped
public class ImportLibrariesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("file", "import:libraries", "authorities",
            "import:authorities", "mapping", "import:mapping", "dataset", "import:dataset", "attribution", "import:attribution");
    /** The check page lists at most this many rows of each kind (the counts are always whole). */
    private static final int SHOWN = 100;

    @Inject
    LibrariesFacade libraries;

    private transient Part librariesFile;
    private transient Part authoritiesFile;
    private String dataset;
    private String attribution = DatasetFile.OGL;
    private String mapping;
    private boolean includeOutsideArea;
    private transient ImportCheck check;
    private transient ImportReport report;

    public String checkFile() {
        report = null;
        check = null;
        mapping = mappingAsSent();
        if (librariesFile == null || librariesFile.getSize() == 0) {
            Map<String, String> problems = new HashMap<>();
            problems.put("file", "Choose the libraries CSV file to import");
            if (dataset == null || dataset.isBlank()) {
                problems.put("dataset", "Enter the dataset's name, such as 'Arts Council England basic dataset 2023'");
            }
            Pages.showProblems(new InvalidInput(problems), FIELDS);
            return null;
        }
        try (Reader rows = reader(librariesFile);
             Reader authorities = authoritiesFile == null || authoritiesFile.getSize() == 0 ? null : reader(authoritiesFile)) {
            check = Pages.attempt(FIELDS, () -> libraries.checkDataset(new DatasetFile(dataset, attribution, rows, authorities,
                    ColumnMapping.parse(mapping), includeOutsideArea)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    public String apply() {
        if (check == null) {
            Pages.showError("The checked file is no longer here. Upload it and check it again.");
            return null;
        }
        Map<Long, String> choices = new HashMap<>();
        Map<String, String> submitted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (DatasetPreview.RowPreview row : check.rows(DatasetPreview.Outcome.AMBIGUOUS)) {
            String choice = submitted.get("choice-" + row.row().line());
            if (choice != null && !choice.isBlank() && !"leave".equals(choice)) {
                choices.put(row.row().line(), choice);
            }
        }
        report = Pages.attempt(FIELDS, () -> libraries.applyDataset(check, choices));
        if (report != null) {
            check = null;
            Pages.showInfo("The dataset is applied: " + report.added() + " added, " + report.updated() + " updated ("
                    + report.closed() + " closed, " + report.reopened() + " reopened), " + report.unchanged()
                    + " already up to date, " + report.leftOut() + " rows left out");
        }
        return null;
    }

    /** Back to the upload form, forgetting the check. */
    public String startAgain() {
        check = null;
        report = null;
        return null;
    }

    /**
     * The mapping exactly as the browser sent it. In a multipart form the server's form parameter lost the
     * mapping's line breaks, so every line ran into the first; the part itself keeps them.
     */
    private String mappingAsSent() {
        try {
            Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Part part = request instanceof HttpServletRequest http ? http.getPart("import:mapping") : null;
            if (part != null) {
                try (var in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | ServletException | IllegalStateException notMultipart) {
            // a form sent without a file: the parameter is whole
        }
        return mapping;
    }

    private static Reader reader(Part part) throws IOException {
        return new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8);
    }

    /** At most {@link #SHOWN} rows of this kind. */
    public List<DatasetPreview.RowPreview> shown(String outcome) {
        List<DatasetPreview.RowPreview> rows = check.rows(DatasetPreview.Outcome.valueOf(outcome));
        return rows.size() > SHOWN ? rows.subList(0, SHOWN) : rows;
    }

    public long count(String outcome) {
        return check.count(DatasetPreview.Outcome.valueOf(outcome));
    }

    public int getShownAtMost() {
        return SHOWN;
    }

    public List<PublishedLibrary> getWarned() {
        List<PublishedLibrary> warned = check.warned();
        return warned.size() > SHOWN ? warned.subList(0, SHOWN) : warned;
    }

    /** A row's warnings in one line. */
    public String warnings(PublishedLibrary row) {
        return String.join("; ", row.warnings());
    }

    public List<String> getMappableFacts() {
        return ColumnMapping.FACTS.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    public String getAddAsNew() {
        return DatasetImport.ADD_AS_NEW;
    }

    public ImportCheck getCheck() { return check; }
    public ImportReport getReport() { return report; }
    public Part getLibrariesFile() { return librariesFile; }
    public void setLibrariesFile(Part librariesFile) { this.librariesFile = librariesFile; }
    public Part getAuthoritiesFile() { return authoritiesFile; }
    public void setAuthoritiesFile(Part authoritiesFile) { this.authoritiesFile = authoritiesFile; }
    public String getMapping() { return mapping; }
    public void setMapping(String mapping) { this.mapping = mapping; }
    public String getDataset() { return dataset; }
    public void setDataset(String dataset) { this.dataset = dataset; }
    public String getAttribution() { return attribution; }
    public void setAttribution(String attribution) { this.attribution = attribution; }
    public boolean isIncludeOutsideArea() { return includeOutsideArea; }
    public void setIncludeOutsideArea(boolean includeOutsideArea) { this.includeOutsideArea = includeOutsideArea; }
}
