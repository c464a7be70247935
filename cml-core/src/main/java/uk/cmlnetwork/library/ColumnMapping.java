package uk.cmlnetwork.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.cmlnetwork.shared.InvalidInput;

/**
 * For a file in none of the published formats: which of its headings holds which fact, one
 * {@code fact = Heading} per line (blank lines and lines starting with # are ignored), e.g.
 * {@code name = Library name}. See docs/library-import.md.
 */
public final class ColumnMapping {
    /** The facts a mapping can name, with what each means. */
    public static final Map<String, String> FACTS;

    static {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("name", "the library's name (needed)");
        facts.put("address", "its address");
        facts.put("postcode", "its postcode");
        facts.put("authority", "its local authority's name");
        facts.put("authority code", "its local authority's GSS code (E06000024, W06000001...)");
        facts.put("uprn", "its Unique Property Reference Number");
        facts.put("type of library", "the kind of service point (static, mobile, prison...), or how it is run");
        facts.put("management", "how it is run (LAL, CRL, ICL, LA, CR..., XL for closed)");
        facts.put("statutory", "whether it is part of the statutory service (yes/no)");
        facts.put("year opened", "the year it opened");
        facts.put("year closed", "the year it closed");
        facts.put("url", "its website");
        facts.put("email", "its email address");
        facts.put("latitude", "where it is: latitude");
        facts.put("longitude", "where it is: longitude");
        facts.put("hours", "weekly opening hours");
        FACTS = java.util.Collections.unmodifiableMap(facts);
    }

    private static final ColumnMapping NONE = new ColumnMapping(Map.of());

    private final Map<String, String> headingByFact;

    private ColumnMapping(Map<String, String> headingByFact) {
        this.headingByFact = headingByFact;
    }

    public static ColumnMapping none() {
        return NONE;
    }

    /** Reads the lines; every line that is not {@code fact = Heading} with a known fact is named at once. */
    public static ColumnMapping parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, String> headings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String fact = equals < 0 ? "" : PublishedFormat.normalise(line.substring(0, equals)).toLowerCase(Locale.ROOT);
            String heading = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (!FACTS.containsKey(fact) || heading.isEmpty()) {
                problems.add("line " + (i + 1) + " ('" + line + "')");
            } else {
                headings.put(fact, heading);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of("mapping", "These lines of the column mapping are not 'fact = Heading' with a known fact: "
                    + String.join(", ", problems) + ". The facts are: " + String.join(", ", FACTS.keySet()) + ".");
        }
        return new ColumnMapping(headings);
    }

    public boolean isEmpty() {
        return headingByFact.isEmpty();
    }

    /** The facts mapped, with their headings. */
    public Map<String, String> headings() {
        return headingByFact;
    }

    /**
     * The file's headings with mapped ones renamed to their facts.
     *
     * @throws InvalidInput naming every mapped heading the file does not have, before anything is read
     */
    List<String> rename(List<String> fileHeadings) {
        Map<String, String> factByHeading = new LinkedHashMap<>();
        headingByFact.forEach((fact, heading) -> factByHeading.put(PublishedFormat.normalise(heading), fact));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> mapped : headingByFact.entrySet()) {
            boolean found = fileHeadings.stream().anyMatch(h -> PublishedFormat.normalise(h)
                    .equals(PublishedFormat.normalise(mapped.getValue())));
            if (!found) {
                missing.add("'" + mapped.getValue() + "' (for " + mapped.getKey() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInput.of("mapping", "The file has no heading " + String.join(", ", missing)
                    + ". Its headings are: " + String.join(", ", fileHeadings) + ".");
        }
        return fileHeadings.stream().map(h -> factByHeading.getOrDefault(PublishedFormat.normalise(h), h)).toList();
    }
}
