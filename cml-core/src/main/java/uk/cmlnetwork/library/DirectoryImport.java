package uk.cmlnetwork.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.cmlnetwork.shared.InvalidInput;

/**
 * Imports a published library dataset (CSV) into the directory. Each row is read completely before
 * anything is written, so a row that cannot be read is reported (line and reason) and left out
 * whole, while good rows import. A row's stable key (dataset + its id column) finds the library
 * imported from it before: importing the same file again changes nothing. The caller owns the
 * transaction.
 */
public class DirectoryImport {
    private final Libraries libraries;

    public DirectoryImport(Libraries libraries) {
        this.libraries = libraries;
    }

    /**
     * @param rows the libraries CSV
     * @param authorities the authorities CSV (id, name, ONS code), or null when the libraries CSV names
     *                    its authorities itself
     */
    public ImportReport run(Reader rows, Reader authorities, HeaderMapping mapping) {
        Map<String, DatasetRow.Authority> byId = authorities == null ? Map.of() : readAuthorities(authorities, mapping);
        Map<String, Library> imported = new HashMap<>();
        for (Library library : libraries.importedFrom(mapping.dataset() + ":")) {
            imported.put(library.sourceKey(), library);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = open(rows)) {
            requireColumns(parser, mapping, "key", "name");
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                LibraryRecord record;
                try {
                    record = new DatasetRow(row, mapping, byId).read();
                } catch (DatasetRow.BadRow bad) {
                    problems.add(new ImportReport.RowProblem(line, bad.getMessage()));
                    continue;
                }
                if (!seen.add(record.sourceKey())) {
                    problems.add(new ImportReport.RowProblem(line, "the key " + record.sourceKey()
                            + " is on an earlier row too"));
                    continue;
                }
                Library existing = imported.get(record.sourceKey());
                if (existing == null) {
                    libraries.store(Library.imported(record));
                    added++;
                } else if (existing.updateFrom(record)) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            problems.add(new ImportReport.RowProblem(-1, "the rest of the file could not be read as CSV: "
                    + unreadable.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportReport(added, updated, unchanged, List.copyOf(problems));
    }

    private static CSVParser open(Reader reader) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setTrim(true).get().parse(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInput.of("file", "The file cannot be read as CSV with a heading row: " + e.getMessage());
        }
    }

    private static void requireColumns(CSVParser parser, HeaderMapping mapping, String... fields) {
        for (String field : fields) {
            String heading = mapping.heading(field).orElse(field);
            if (!parser.getHeaderMap().containsKey(heading)) {
                throw InvalidInput.of("file", "The file has no '" + heading + "' column (for the library's " + field
                        + "). Its columns are: " + String.join(", ", parser.getHeaderNames())
                        + ". Map the right column in the column mapping.");
            }
        }
    }

    private static Map<String, DatasetRow.Authority> readAuthorities(Reader reader, HeaderMapping mapping) {
        Map<String, DatasetRow.Authority> byId = new HashMap<>();
        try (CSVParser parser = open(reader)) {
            requireColumns(parser, mapping, "authorities.id", "authorities.name");
            String id = mapping.heading("authorities.id").orElseThrow();
            String name = mapping.heading("authorities.name").orElseThrow();
            Optional<String> code = mapping.heading("authorities.code");
            for (CSVRecord row : parser) {
                String codeValue = code.filter(row::isMapped).map(row::get).orElse(null);
                byId.put(row.get(id), new DatasetRow.Authority(row.get(name), codeValue));
            }
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInput.of("authorities", "The authorities file cannot be read as CSV: " + e.getMessage());
        }
        return byId;
    }
}
