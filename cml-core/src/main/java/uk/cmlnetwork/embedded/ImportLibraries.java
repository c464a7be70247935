package uk.cmlnetwork.embedded;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.cmlnetwork.library.HeaderMapping;
import uk.cmlnetwork.library.ImportReport;

/**
 * Imports a library dataset from the command line, into the database at a JDBC URL:
 * <pre>java -cp cml-core.jar:&lt;its libraries&gt; uk.cmlnetwork.embedded.ImportLibraries
 *     &lt;jdbc-url&gt; &lt;user&gt; &lt;password&gt; libraries.csv [authorities.csv] [mapping.txt]</pre>
 * Use "-" for an empty user or password, and for no authorities file. Exit status 0 when every row
 * imported, 2 when some rows were left out (they are listed), 1 when the import could not run.
 */
public final class ImportLibraries {
    private ImportLibraries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("Usage: ImportLibraries <jdbc-url> <user|-> <password|-> <libraries.csv> [authorities.csv|-] [mapping.txt]");
            System.exit(1);
        }
        HeaderMapping mapping = HeaderMapping.parse(args.length > 5 ? Files.readString(Path.of(args[5])) : null);
        long started = System.nanoTime();
        ImportReport report;
        try (CmlNetwork network = CmlNetwork.open(args[0], dash(args[1]), dash(args[2]));
             Reader rows = Files.newBufferedReader(Path.of(args[3]));
             Reader authorities = args.length > 4 && !"-".equals(args[4]) ? Files.newBufferedReader(Path.of(args[4])) : null) {
            report = network.inTransaction(s -> s.directoryImport().run(rows, authorities, mapping));
        }
        System.out.printf("%d added, %d updated, %d unchanged, %d rows left out, in %d ms%n", report.added(),
                report.updated(), report.unchanged(), report.problems().size(), (System.nanoTime() - started) / 1_000_000);
        report.problems().forEach(p -> System.out.println("line " + p.line() + ": " + p.reason()));
        System.exit(report.problems().isEmpty() ? 0 : 2);
    }

    private static String dash(String value) {
        return "-".equals(value) ? null : value;
    }
}
