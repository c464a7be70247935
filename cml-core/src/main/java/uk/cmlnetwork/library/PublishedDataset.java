package uk.cmlnetwork.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Postcode;

/**
 * Reads a published library dataset in one of the formats the directory knows ({@link PublishedFormat}),
 * each row into a {@link PublishedLibrary}. Only a row without a name is refused; anything optional that
 * cannot be read (a year such as "[Unknown]", a postcode that is not one) is left blank with a warning on
 * its line. Writes nothing: the caller decides what to do with what was read.
 */
public final class PublishedDataset {
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\s*([a-zA-Z?]*)\\s*$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** An authority as the 2016 file's authorities file numbers it. */
    public record NumberedAuthority(String name, String code) {
    }

    /** What was read: the format, the libraries, and the rows refused (line and reason). */
    public record Reading(PublishedFormat format, List<PublishedLibrary> libraries, List<ImportReport.RowProblem> refused) {
    }

    private PublishedDataset() {
    }

    /**
     * @throws InvalidInput if the headings are none of the known formats
     */
    public static Reading read(Reader csv) {
        return read(csv, ColumnMapping.none(), Map.of());
    }

    /**
     * @param mapping for a file in none of the known formats: which heading holds which fact
     * @param authorities the 2016 file's authorities by number (its authorities file), or empty
     * @throws InvalidInput if the file is not CSV, or its headings are none of the known formats and no
     *                      mapping names its library names, or a mapped heading is not in the file
     */
    public static Reading read(Reader csv, ColumnMapping mapping, Map<String, NumberedAuthority> authorities) {
        try (CSVParser parser = open(csv)) {
            List<String> headings = parser.getHeaderNames();
            List<String> renamed = mapping.rename(headings);
            PublishedFormat format = PublishedFormat.recognise(renamed).orElse(null);
            if (format == null && mapping.headings().containsKey("name")) {
                format = PublishedFormat.MAPPED;
            }
            if (format == null) {
                throw InvalidInput.of("mapping", "The file's headings are not those of a dataset the directory knows ("
                        + String.join(", ", headings) + "). Map at least the library name in the column mapping.");
            }
            Columns columns = new Columns(headings, mapping);
            List<PublishedLibrary> libraries = new ArrayList<>();
            List<ImportReport.RowProblem> refused = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                Row row = new Row(record, columns);
                String name = row.text("name", "library name");
                if (name == null) {
                    refused.add(new ImportReport.RowProblem(line, "it has no library name"));
                    continue;
                }
                libraries.add(read(format, row, line, name, authorities));
            }
            return new Reading(format, List.copyOf(libraries), List.copyOf(refused));
        } catch (UncheckedIOException | IllegalStateException notCsv) {
            throw InvalidInput.of("file", "The file cannot be read as CSV: " + notCsv.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser open(Reader csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).setTrim(true).get().parse(csv);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw InvalidInput.of("file", "The file cannot be read as CSV with a heading row: " + e.getMessage());
        }
    }

    /** The 2016 file's authorities file: authority_id, name, code. */
    public static Map<String, NumberedAuthority> numberedAuthorities(Reader csv) {
        Map<String, NumberedAuthority> byId = new HashMap<>();
        try (CSVParser parser = open(csv)) {
            Columns columns = new Columns(parser.getHeaderNames(), ColumnMapping.none());
            if (columns.heading("authority id") == null || columns.heading("name") == null) {
                throw InvalidInput.of("authorities", "The authorities file needs the headings authority_id and name (and"
                        + " code); its headings are: " + String.join(", ", parser.getHeaderNames()));
            }
            for (CSVRecord record : parser) {
                Row row = new Row(record, columns);
                String id = row.text("authority id");
                if (id != null) {
                    byId.put(id, new NumberedAuthority(row.text("name"), row.text("code")));
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException notCsv) {
            throw InvalidInput.of("authorities", "The authorities file cannot be read as CSV: " + notCsv.getMessage());
        }
        return byId;
    }

    private static PublishedLibrary read(PublishedFormat format, Row row, long line, String name,
                                         Map<String, NumberedAuthority> authorities) {
        List<String> warnings = new ArrayList<>();
        if (name.length() > 200) {
            warnings.add("the name was cut to 200 characters");
            name = name.substring(0, 200);
        }
        String address = row.joined("address", "address1", "address2", "address3", "address 1", "address 2", "address 3");
        String postcodeText = row.text("postcode");
        String postcode = postcodeText == null ? null : Postcode.normalise(postcodeText);
        if (postcodeText != null && postcode == null) {
            warnings.add("'" + postcodeText + "' is not a UK postcode: left blank");
        }
        String authority = row.text("authority", "local authority", "local authority name", "reporting");
        String authorityCode = row.text("local authority code", "authority code", "gss code");
        ServicePoint servicePoint = null;
        ManagementType management = null;
        Integer closedYear = null;
        switch (format) {
            case TASKFORCE_2016 -> {
                servicePoint = ServicePoint.STATIC; // the 2016 file lists static libraries only
                NumberedAuthority numbered = authorities.get(String.valueOf(row.text("authority id")));
                if (numbered != null) {
                    authority = numbered.name();
                    authorityCode = numbered.code();
                } else if (row.text("authority id") != null && !authorities.isEmpty()) {
                    warnings.add("authority " + row.text("authority id") + " is not in the authorities file: left blank");
                }
                String closed = row.text("closed");
                management = code(closed != null ? closed : row.text("type"), warnings);
                closedYear = year(row.text("closed year"), "year closed", warnings);
            }
            case ACE_BASIC -> {
                servicePoint = servicePoint(row.text("type"), warnings);
                management = aceOperation(row.latest("operation"), warnings);
                closedYear = year(row.text("closed"), "year closed", warnings);
                if (closedYear != null && management != null && !management.isClosed()) {
                    warnings.add("closed in " + closedYear + " but open in the latest year: recorded as open");
                    closedYear = null;
                }
            }
            case WALES, UK_SCHEMA, MAPPED -> {
                String type = row.text("type of library");
                Optional<ServicePoint> point = ServicePoint.fromText(type);
                servicePoint = point.orElse(ServicePoint.STATIC);
                management = point.isPresent() || type == null
                        ? code(row.text("management", "management type", "operated by"), warnings) : code(type, warnings);
                closedYear = year(row.text("year closed"), "year closed", warnings);
                if (closedYear != null && (management == null || !management.isClosed())) {
                    management = ManagementType.XL; // the file gives only a year closed
                }
            }
        }
        Integer openedYear = year(row.text("opened", "year opened", "opened year"), "year opened", warnings);
        Boolean statutory = yesNo(format == PublishedFormat.ACE_BASIC ? row.latest("statutory")
                : row.text("statutory", "statutory2016"));
        return new PublishedLibrary(line, name, address, postcode, authority, authorityCode, row.text("uprn",
                "unique property reference number"), servicePoint, management, statutory, openedYear, closedYear,
                website(row.text("url", "website")), email(row.text("email", "email address")), location(row, warnings),
                row.text("hours", "weekly hours"), decimal(row.text("multiple", "deprivation"), "deprivation", warnings),
                whole(row.text("population"), "population", warnings), List.copyOf(warnings), days(row, warnings),
                shortText(row.text("special hours"), 500, "special hours", warnings));
    }

    /**
     * The hours of each day, as the UK-wide schema gives them ("Monday staffed hours", "Monday unstaffed
     * hours"...): only the days the file fills in.
     */
    private static List<DayHours> days(Row row, List<String> warnings) {
        List<DayHours> days = new ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            String name = DayHours.name(day).toLowerCase(Locale.ROOT);
            String staffed = shortText(row.text(name + " staffed hours"), DayHours.MAX_LENGTH, name + " staffed hours", warnings);
            String unstaffed = shortText(row.text(name + " unstaffed hours"), DayHours.MAX_LENGTH, name + " unstaffed hours",
                    warnings);
            if (staffed != null || unstaffed != null) {
                days.add(new DayHours(day, staffed, unstaffed));
            }
        }
        return List.copyOf(days);
    }

    /** An optional text that is too long for its field is left blank, with a warning on its line. */
    private static String shortText(String text, int longest, String what, List<String> warnings) {
        if (text != null && text.length() > longest) {
            warnings.add(what + " is longer than " + longest + " characters: left blank");
            return null;
        }
        return text;
    }

    private static ServicePoint servicePoint(String text, List<String> warnings) {
        Optional<ServicePoint> point = ServicePoint.fromText(text);
        if (point.isEmpty() && text != null) {
            warnings.add("'" + text + "' is not a kind of service point: left blank");
        }
        return point.orElse(null);
    }

    /** ACE's operation codes: LA, LAU, C (also c), CR, ICL; Closed; Temporary Closure; [Unknown]. */
    private static ManagementType aceOperation(String text, List<String> warnings) {
        if (text == null) {
            return null;
        }
        String words = text.strip().toLowerCase(Locale.ROOT);
        if (words.equals("closed")) {
            return ManagementType.XL;
        }
        if (words.startsWith("temporar")) {
            return ManagementType.XLT;
        }
        Optional<ManagementType> type = ManagementType.fromCode(text);
        if (type.isEmpty()) {
            warnings.add("how it is run, '" + text + "', is not known: left blank");
        }
        return type.orElse(null);
    }

    private static ManagementType code(String text, List<String> warnings) {
        if (text == null) {
            return null;
        }
        Optional<ManagementType> type = ManagementType.fromCode(text);
        if (type.isEmpty()) {
            warnings.add("how it is run, '" + text + "', is not known: left blank");
        }
        return type.orElse(null);
    }

    /** "1985", "1985c" (about 1985: kept, with a warning); "[Unknown]" is left blank with a warning. */
    private static Integer year(String text, String what, List<String> warnings) {
        if (text == null) {
            return null;
        }
        Matcher year = YEAR.matcher(text);
        if (!year.matches()) {
            warnings.add("the " + what + " '" + text + "' is not a year: left blank");
            return null;
        }
        if (!year.group(2).isEmpty()) {
            warnings.add("the " + what + " '" + text + "' is read as " + year.group(1));
        }
        return Integer.valueOf(year.group(1));
    }

    private static Double decimal(String text, String what, List<String> warnings) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException notNumber) {
            warnings.add("the " + what + " '" + text + "' is not a number: left blank");
            return null;
        }
    }

    private static Integer whole(String text, String what, List<String> warnings) {
        Double number = decimal(text == null ? null : text.replace(",", ""), what, warnings);
        return number == null ? null : (int) Math.round(number);
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "t", "1" -> true;
            case "no", "n", "false", "f", "0" -> false;
            default -> null;
        };
    }

    private static String website(String url) {
        if (url == null || url.contains(" ") || !url.contains(".")) {
            return null;
        }
        String full = url.matches("(?i)^https?://.*") ? url : "https://" + url;
        return full.length() > 400 ? null : full;
    }

    /** Emails: "mailto:" prefixes dropped; "NA", "None" and sentences are not addresses. */
    private static String email(String text) {
        if (text == null) {
            return null;
        }
        String email = text.replaceFirst("(?i)^mailto:", "").strip();
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? email : null;
    }

    private static Location location(Row row, List<String> warnings) {
        String lat = row.text("lat", "latitude");
        String lng = row.text("lng", "lon", "longitude");
        if (lat == null || lng == null) {
            return null;
        }
        try {
            return new Location(Double.parseDouble(lat), Double.parseDouble(lng));
        } catch (NumberFormatException notNumbers) {
            warnings.add("the location '" + lat + ", " + lng + "' is not a place: left blank");
            return null;
        }
    }

    /** A file's headings, found by their normalised words. */
    private static final class Columns {
        private final Map<String, String> byWords = new HashMap<>();
        private final Map<String, List<String>> yearly = new HashMap<>();

        Columns(List<String> headings, ColumnMapping mapping) {
            mapping.headings().forEach((fact, mapped) -> headings.stream()
                    .filter(h -> PublishedFormat.normalise(h).equals(PublishedFormat.normalise(mapped)))
                    .findFirst().ifPresent(h -> byWords.put(fact, h)));
            for (String heading : headings) {
                String words = PublishedFormat.normalise(heading);
                byWords.putIfAbsent(words, heading);
                Matcher year = Pattern.compile("^([a-z]+) (\\d{2})$").matcher(words);
                if (year.matches()) {
                    yearly.computeIfAbsent(year.group(1), k -> new ArrayList<>()).add(heading);
                }
            }
            yearly.values().forEach(list -> list.sort(Comparator.comparing(
                    h -> Integer.parseInt(PublishedFormat.normalise(h).replaceAll("\\D", "")))));
        }

        String heading(String words) {
            return byWords.get(words);
        }

        /** The latest year's heading of a yearly column (operation_23 after operation_22), or null. */
        String latest(String prefix) {
            List<String> years = yearly.get(prefix);
            return years == null || years.isEmpty() ? null : years.get(years.size() - 1);
        }
    }

    private record Row(CSVRecord record, Columns columns) {
        String text(String... names) {
            for (String name : names) {
                String heading = columns.heading(name);
                if (heading != null && record.isSet(heading)) {
                    String value = record.get(heading).strip();
                    if (!value.isEmpty() && !value.equals("-") && !value.equalsIgnoreCase("NA")) {
                        return value;
                    }
                }
            }
            return null;
        }

        String latest(String prefix) {
            String heading = columns.latest(prefix);
            return heading == null ? null : text(PublishedFormat.normalise(heading));
        }

        String joined(String... names) {
            List<String> parts = new ArrayList<>();
            for (String name : names) {
                String part = text(name);
                if (part != null) {
                    parts.add(part);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
    }
}
