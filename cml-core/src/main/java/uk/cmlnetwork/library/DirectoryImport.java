package uk.cmlnetwork.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Postcode;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Text;

/**
 * Imports a published library dataset (CSV) into the directory. Each row is read completely before
 * anything is written, so a row that cannot be read is reported (line and reason) and left out
 * whole, while good rows import. A row's stable key (dataset + its id column) finds the library
 * imported from it before: importing the same file again changes nothing. The caller owns the
 * transaction.
 */
public class DirectoryImport {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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
        Map<String, Authority> byId = authorities == null ? Map.of() : readAuthorities(authorities, mapping);
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
                    record = new RowReader(row, mapping, byId).read();
                } catch (BadRow bad) {
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

    private record Authority(String name, String code) {
    }

    private static Map<String, Authority> readAuthorities(Reader reader, HeaderMapping mapping) {
        Map<String, Authority> byId = new HashMap<>();
        try (CSVParser parser = open(reader)) {
            requireColumns(parser, mapping, "authorities.id", "authorities.name");
            String id = mapping.heading("authorities.id").orElseThrow();
            String name = mapping.heading("authorities.name").orElseThrow();
            Optional<String> code = mapping.heading("authorities.code");
            for (CSVRecord row : parser) {
                String codeValue = code.filter(row::isMapped).map(row::get).orElse(null);
                byId.put(row.get(id), new Authority(row.get(name), codeValue));
            }
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInput.of("authorities", "The authorities file cannot be read as CSV: " + e.getMessage());
        }
        return byId;
    }

    /** A row that cannot be imported; the message says why. */
    private static final class BadRow extends RuntimeException {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads one row's fields, each the way the sector writes it (t/f, postcodes without a space...). */
    private static final class RowReader {
        private final CSVRecord row;
        private final HeaderMapping mapping;
        private final Map<String, Authority> authorities;

        RowReader(CSVRecord row, HeaderMapping mapping, Map<String, Authority> authorities) {
            this.row = row;
            this.mapping = mapping;
            this.authorities = authorities;
        }

        LibraryRecord read() {
            String key = text("key");
            if (key == null) {
                throw new BadRow("it has no key (" + mapping.heading("key").orElse("key") + ")");
            }
            String name = text("name");
            if (name == null) {
                throw new BadRow("it has no library name");
            }
            if (name.length() > 200) {
                throw new BadRow("the name is longer than 200 characters");
            }
            String postcode = null;
            String postcodeText = text("postcode");
            if (postcodeText != null) {
                postcode = Postcode.normalise(postcodeText);
                if (postcode == null) {
                    throw new BadRow("'" + postcodeText + "' is not a UK postcode");
                }
            }
            Authority authority = authority();
            Region region = region(authority);
            Double lat = decimal("lat");
            Double lng = decimal("lng");
            if (lat != null && (lat < 49 || lat > 56) || lng != null && (lng < -7 || lng > 2.5)) {
                throw new BadRow("the location " + lat + ", " + lng + " is not in England");
            }
            return new LibraryRecord(mapping.dataset() + ":" + key, name, limit(text("address"), 400), postcode,
                    authority == null ? null : limit(authority.name(), 120), region, lat, lng, managementType(),
                    yesNo("statutory"), whole("opened_year"), whole("closed_year"), limit(text("hours"), 200), website(),
                    email(), decimal("deprivation"), whole("population"));
        }

        private ManagementType managementType() {
            String type = text("type");
            String closed = text("closed");
            String code = closed != null ? closed : type;
            if (code == null) {
                throw new BadRow("it has neither a management type nor a closure code");
            }
            return ManagementType.fromCode(code).orElseThrow(() -> new BadRow("'" + code
                    + "' is not a management type (LAL, LAL-, CL, CRL, ICL; or LA, LAU, C, CR) or closure code (XL, XLR, XLT)"));
        }

        private Authority authority() {
            String id = text("authority_id");
            if (id != null && authorities.containsKey(id)) {
                return authorities.get(id);
            }
            String name = text("authority");
            if (name != null) {
                return new Authority(name, text("authority_code"));
            }
            if (id != null && !authorities.isEmpty()) {
                throw new BadRow("the authority " + id + " is not in the authorities file");
            }
            return null;
        }

        private Region region(Authority authority) {
            String named = text("region");
            if (named != null) {
                String wanted = named.replace('_', ' ').toLowerCase(Locale.ROOT);
                for (Region region : Region.values()) {
                    if (region.label().toLowerCase(Locale.ROOT).equals(wanted)
                            || region.name().replace('_', ' ').toLowerCase(Locale.ROOT).equals(wanted)) {
                        return region;
                    }
                }
                throw new BadRow("'" + named + "' is not a region of England");
            }
            return authority == null ? null : AuthorityRegions.of(authority.code()).orElse(null);
        }

        /** Websites are often written without https://; text that is not an address is left out. */
        private String website() {
            String url = text("url");
            if (url == null || url.contains(" ") || !url.contains(".")) {
                return null;
            }
            String full = url.matches("(?i)^https?://.*") ? url : "http://" + url;
            return full.length() > 400 ? null : full;
        }

        /** Contact emails: the dataset has "NA", "None" and sentences here; only addresses are kept. */
        private String email() {
            String email = text("email");
            return email != null && email.length() <= 254 && EMAIL.matcher(email).matches() ? email : null;
        }

        private String text(String field) {
            Optional<String> heading = mapping.heading(field);
            if (heading.isEmpty() || !row.isMapped(heading.get()) || !row.isSet(heading.get())) {
                return null;
            }
            return Text.blankToNull(row.get(heading.get()));
        }

        private Double decimal(String field) {
            String value = text(field);
            if (value == null || value.equalsIgnoreCase("NA")) {
                return null;
            }
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw new BadRow("the " + field + " '" + value + "' is not a number");
            }
        }

        private Integer whole(String field) {
            Double value = decimal(field);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new BadRow("the " + field + " '" + text(field) + "' is not a whole number");
            }
            return value.intValue();
        }

        private Boolean yesNo(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "t", "true", "y", "yes", "1" -> Boolean.TRUE;
                case "f", "false", "n", "no", "0" -> Boolean.FALSE;
                default -> throw new BadRow("the " + field + " '" + value + "' is not yes or no (t/f)");
            };
        }

        private static String limit(String text, int max) {
            return text == null || text.length() <= max ? text : text.substring(0, max);
        }
    }
}
