package uk.cmlnetwork.library;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published library datasets the directory reads without a hand-written mapping, recognised by
 * their headings (in any order, any case, a byte-order mark ignored).
 */
public enum PublishedFormat {
    /** The 2016 Libraries Taskforce file: id, authority_id, type (LAL, CRL...), closed (XL...), closed_year, lat/lng. */
    TASKFORCE_2016("Libraries Taskforce dataset (2016)"),
    /** Arts Council England's basic dataset, 2016-2023 style: type of service point, operation_NN per year, closed year. */
    ACE_BASIC("Arts Council England basic dataset"),
    /** The Welsh libraries file: local authority code, library name, type of library (LAL, CL), years. */
    WALES("Welsh public libraries"),
    /** The UK-wide schema: local authority, library name, type of library, ... staffed hours. */
    UK_SCHEMA("UK public libraries schema"),
    /** Any other file, read through a column mapping ({@link ColumnMapping}). */
    MAPPED("A file read through a column mapping");

    private final String label;

    PublishedFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format these headings are, if one the directory knows. */
    public static Optional<PublishedFormat> recognise(List<String> headings) {
        Set<String> h = headings.stream().map(PublishedFormat::normalise).collect(Collectors.toSet());
        if (h.containsAll(Set.of("id", "authority id", "closed year", "name"))) {
            return Optional.of(TASKFORCE_2016);
        }
        if (h.contains("name") && h.contains("type") && h.stream().anyMatch(x -> x.matches("operation \\d{2}"))) {
            return Optional.of(ACE_BASIC);
        }
        if (h.containsAll(Set.of("local authority code", "library name", "type of library"))) {
            return Optional.of(WALES);
        }
        if (h.containsAll(Set.of("library name", "type of library")) && h.stream().anyMatch(x -> x.startsWith("local authority"))) {
            return Optional.of(UK_SCHEMA);
        }
        return Optional.empty();
    }

    /** "Year opened", "year_opened" and "\uFEFFYear Opened" are the same heading. */
    static String normalise(String heading) {
        return heading == null ? "" : heading.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[_\\s]+", " ");
    }
}
