package uk.cmlnetwork.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.ColumnMapping;
import uk.cmlnetwork.library.DatasetFile;
import uk.cmlnetwork.library.DatasetPreview;
import uk.cmlnetwork.library.ImportCheck;
import uk.cmlnetwork.library.ImportReport;
import uk.cmlnetwork.library.PublishedLibrary;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;

/**
 * Checks a library dataset against the directory at a JDBC URL, and with --apply writes it:
 * <pre>java -cp cml-core.jar:&lt;its libraries&gt; uk.cmlnetwork.embedded.ImportLibraries
 *     &lt;jdbc-url&gt; &lt;user|-&gt; &lt;password|-&gt; libraries.csv "Dataset name"
 *     [--authorities authorities.csv] [--mapping mapping.txt] [--attribution "..."] [--include-outside-area] [--apply]</pre>
 * Without --apply it prints what the file would do and writes nothing (ambiguous rows are left out when
 * applied from here; decide them on the check page). Exit status 0 when done, 1 when the file cannot be read.
 */
public final class ImportLibraries {
    private ImportLibraries() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        if (args.length < 5) {
            out.println("Usage: ImportLibraries <jdbc-url> <user|-> <password|-> <libraries.csv> <dataset name>"
                    + " [--authorities file] [--mapping file] [--attribution text] [--include-outside-area] [--apply]");
            return 1;
        }
        List<String> options = new ArrayList<>(List.of(args).subList(5, args.length));
        boolean apply = options.remove("--apply");
        boolean outside = options.remove("--include-outside-area");
        String authoritiesFile = option(options, "--authorities");
        String mappingFile = option(options, "--mapping");
        String attribution = option(options, "--attribution");
        long started = System.nanoTime();
        try (CmlNetwork network = CmlNetwork.open(args[0], dash(args[1]), dash(args[2]));
             Reader rows = Files.newBufferedReader(Path.of(args[3]));
             Reader authorities = authoritiesFile == null ? null : Files.newBufferedReader(Path.of(authoritiesFile))) {
            ColumnMapping mapping = ColumnMapping.parse(mappingFile == null ? null : Files.readString(Path.of(mappingFile)));
            DatasetFile file = new DatasetFile(args[4], attribution == null ? DatasetFile.OGL : attribution, rows,
                    authorities, mapping, outside);
            String result = network.inTransaction(s -> {
                ImportCheck check = s.datasetImport().check(file);
                print(check, out);
                if (!apply) {
                    return "Nothing written: run again with --apply to write this.";
                }
                ImportReport report = s.datasetImport().apply(check, Map.of());
                return String.format("Written: %d added, %d updated (%d closed, %d reopened), %d unchanged, %d left out",
                        report.added(), report.updated(), report.closed(), report.reopened(), report.unchanged(), report.leftOut());
            });
            out.println(result + ", in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return 0;
        } catch (InvalidInput problems) {
            problems.problems().forEach((field, message) -> out.println(field + ": " + message));
            return 1;
        } catch (DomainException refused) {
            out.println(refused.getMessage());
            return 1;
        }
    }

    private static void print(ImportCheck check, PrintStream out) {
        out.println("Read as: " + check.format().label());
        for (DatasetPreview.Outcome outcome : DatasetPreview.Outcome.values()) {
            out.println(outcome.name().toLowerCase(java.util.Locale.ROOT) + ": " + check.count(outcome));
        }
        out.println("not in the file: " + check.preview().notInFile().size());
        for (DatasetPreview.RowPreview row : check.rows(DatasetPreview.Outcome.AMBIGUOUS)) {
            out.println("line " + row.row().line() + ": " + row.row().name() + " could be any of "
                    + row.candidates().stream().map(l -> l.name() + " (" + l.postcode() + ")").toList() + ": left out");
        }
        for (PublishedLibrary row : check.outsideArea()) {
            out.println("line " + row.line() + ": " + row.name() + " is outside England and Wales: left out");
        }
        for (ImportReport.RowProblem problem : check.refused()) {
            out.println("line " + problem.line() + ": refused: " + problem.reason());
        }
        for (PublishedLibrary row : check.warned()) {
            row.warnings().forEach(w -> out.println("line " + row.line() + ": " + w));
        }
    }

    private static String option(List<String> options, String name) {
        int at = options.indexOf(name);
        if (at < 0 || at + 1 >= options.size()) {
            return null;
        }
        String value = options.get(at + 1);
        options.remove(at + 1);
        options.remove(at);
        return value;
    }

    private static String dash(String value) {
        return "-".equals(value) ? null : value;
    }
}
