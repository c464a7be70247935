package uk.cmlnetwork.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.cmlnetwork.shared.InvalidInput;

/**
 * Which column of a library CSV holds which fact. The sector publishes the same facts under
 * different headings each year: a mapping names the file's heading for each field the importer
 * knows, e.g. {@code name = Library name}. Fields not mapped are taken from the heading of the same
 * name as in the 2016 dataset. See docs/library-import.md.
 */
public final class HeaderMapping {
    /** Every field the importer reads, with its heading in the 2016 England dataset (empty: not in it). */
    public static final Map<String, String> FIELDS_2016;

    static {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dataset", "england-2016");
        fields.put("key", "id");
        fields.put("name", "name");
        fields.put("address", "address");
        fields.put("postcode", "postcode");
        fields.put("authority_id", "authority_id");
        fields.put("authority", "");
        fields.put("authority_code", "");
        fields.put("region", "");
        fields.put("lat", "lat");
        fields.put("lng", "lng");
        fields.put("type", "type");
        fields.put("closed", "closed");
        fields.put("statutory", "statutory2016");
        fields.put("opened_year", "opened_year");
        fields.put("closed_year", "closed_year");
        fields.put("hours", "hours");
        fields.put("url", "url");
        fields.put("email", "email");
        fields.put("deprivation", "multiple");
        fields.put("population", "population");
        fields.put("authorities.id", "authority_id");
        fields.put("authorities.name", "name");
        fields.put("authorities.code", "code");
        FIELDS_2016 = Map.copyOf(fields);
    }

    private final Map<String, String> headings;

    private HeaderMapping(Map<String, String> headings) {
        this.headings = headings;
    }

    /** The 2016 England dataset as published. */
    public static HeaderMapping england2016() {
        return new HeaderMapping(new LinkedHashMap<>(FIELDS_2016));
    }

    /**
     * The 2016 headings with the given lines on top: {@code field = Heading}, one per line; blank
     * lines and lines starting with # are ignored. An empty heading means the file has no such column.
     */
    public static HeaderMapping parse(String text) {
        Map<String, String> headings = new LinkedHashMap<>(FIELDS_2016);
        if (text == null) {
            return new HeaderMapping(headings);
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String field = equals < 0 ? line : line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (equals < 0 || !FIELDS_2016.containsKey(field)) {
                throw InvalidInput.of("mapping", "Line " + (i + 1) + " of the column mapping is not 'field = heading' with a"
                        + " known field (" + String.join(", ", FIELDS_2016.keySet()) + ")");
            }
            headings.put(field, line.substring(equals + 1).strip());
        }
        return new HeaderMapping(headings);
    }

    /** The file's heading for this field, if the file has one. */
    public Optional<String> heading(String field) {
        String heading = headings.get(field);
        return heading == null || heading.isBlank() ? Optional.empty() : Optional.of(heading);
    }

    /** The name of the dataset, the first part of each library's stable key. */
    public String dataset() {
        return heading("dataset").orElse("import");
    }
}
