package uk.cmlnetwork.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a newer dataset would do to the libraries the directory knows, before anything is written:
 * each row matched to the library it describes (on what files share: the postcode and the words of the
 * name, else the authority and the name), and said to be new, updated (each field's old and new
 * value), unchanged, closed, reopened, or ambiguous (for the coordinator to decide); and the known
 * libraries the file does not mention. A library is matched by one row at most.
 */
public final class DatasetPreview {
    /** What a row would do. */
    public enum Outcome {
        NEW, UPDATED, UNCHANGED, CLOSED, REOPENED, AMBIGUOUS
    }

    /** One field a row would change. */
    public record FieldChange(String field, String was, String becomes) {
    }

    /** One row, the library it matched (null if new or ambiguous), and what it would change. */
    public record RowPreview(PublishedLibrary row, Outcome outcome, Library match, List<FieldChange> changes,
                             List<Library> candidates) {
    }

    /** The whole file's preview. */
    public record Preview(List<RowPreview> rows, List<Library> notInFile) {
        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    private static final Set<String> COMMON_WORDS = Set.of("library", "libraries", "community", "the", "and", "of",
            "centre", "center", "hub", "branch", "public", "learning", "information", "lending", "st", "saint");

    private DatasetPreview() {
    }

    public static Preview of(Collection<Library> known, List<PublishedLibrary> rows) {
        Map<String, List<Library>> byPostcode = new HashMap<>();
        Map<String, List<Library>> byName = new HashMap<>();
        for (Library library : known) {
            if (library.postcode() != null) {
                byPostcode.computeIfAbsent(library.postcode(), k -> new ArrayList<>()).add(library);
            }
            byName.computeIfAbsent(nameKey(library.name()), k -> new ArrayList<>()).add(library);
        }
        Set<Library> taken = new HashSet<>();
        List<RowPreview> previews = new ArrayList<>();
        for (PublishedLibrary row : rows) {
            List<Library> candidates = candidates(row, byPostcode, byName);
            List<Library> free = narrowed(candidates.stream().filter(l -> !taken.contains(l)).toList(), row);
            if (free.isEmpty() && !candidates.isEmpty()) {
                previews.add(new RowPreview(row, Outcome.AMBIGUOUS, null, List.of(), candidates));
            } else if (free.size() > 1) {
                previews.add(new RowPreview(row, Outcome.AMBIGUOUS, null, List.of(), free));
            } else if (free.isEmpty()) {
                previews.add(new RowPreview(row, Outcome.NEW, null, List.of(), List.of()));
            } else {
                Library match = free.get(0);
                taken.add(match);
                List<FieldChange> changes = changes(match, row);
                previews.add(new RowPreview(row, outcome(match, row, changes), match, changes, List.of()));
            }
        }
        List<Library> notInFile = known.stream().filter(l -> !taken.contains(l)).toList();
        return new Preview(List.copyOf(previews), notInFile);
    }

    /**
     * The known libraries a row may be: at the same postcode with a word of the name in common (or the
     * only library there), else of exactly the same name in the same authority.
     */
    private static List<Library> candidates(PublishedLibrary row, Map<String, List<Library>> byPostcode,
                                            Map<String, List<Library>> byName) {
        Set<String> words = words(row.name());
        if (row.postcode() != null) {
            List<Library> there = byPostcode.getOrDefault(row.postcode(), List.of());
            List<Library> alike = there.stream().filter(l -> !disjoint(words(l.name()), words)).toList();
            if (!alike.isEmpty()) {
                return alike.size() == 1 ? alike : exactOrAll(alike, row);
            }
            if (there.size() == 1 && words.isEmpty()) {
                return there;
            }
        }
        List<Library> named = byName.getOrDefault(nameKey(row.name()), List.of());
        return named.stream().filter(l -> sameAuthority(l, row)).toList();
    }

    /**
     * Of several libraries a row may be, the one of exactly the same name ("Mobile Library A", not B), else
     * of the same kind of service point and name words, if only one is (a static library and its local
     * history library often share a building and a name).
     */
    private static List<Library> narrowed(List<Library> free, PublishedLibrary row) {
        if (free.size() < 2) {
            return free;
        }
        List<Library> named = free.stream().filter(l -> l.name().strip().equalsIgnoreCase(row.name().strip())).toList();
        if (named.size() == 1) {
            return named;
        }
        if (row.servicePoint() == null) {
            return free;
        }
        List<Library> same = free.stream().filter(l -> l.servicePoint() == row.servicePoint()
                && nameKey(l.name()).equals(nameKey(row.name()))).toList();
        return same.size() == 1 ? same : free;
    }

    private static List<Library> exactOrAll(List<Library> alike, PublishedLibrary row) {
        List<Library> exact = alike.stream().filter(l -> nameKey(l.name()).equals(nameKey(row.name()))).toList();
        return exact.size() == 1 ? exact : alike;
    }

    /** By name, by code when a side has no name; a library whose authority cannot be compared is not the same. */
    private static boolean sameAuthority(Library library, PublishedLibrary row) {
        if (library.localAuthority() != null && row.authority() != null) {
            return LocalAuthorityRegister.words(library.localAuthority()).equals(LocalAuthorityRegister.words(row.authority()));
        }
        return library.authorityCode() != null && library.authorityCode().equalsIgnoreCase(row.authorityCode());
    }

    private static Outcome outcome(Library match, PublishedLibrary row, List<FieldChange> changes) {
        boolean wasClosed = match.managementType() != null && match.managementType().isClosed();
        boolean isClosed = row.management() != null && row.management().isClosed();
        if (!wasClosed && isClosed) {
            return Outcome.CLOSED;
        }
        if (wasClosed && row.management() != null && !isClosed) {
            return Outcome.REOPENED;
        }
        return changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    /** The fields the row would change; a field the file leaves blank changes nothing. */
    private static List<FieldChange> changes(Library library, PublishedLibrary row) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("name", new String[] {library.name(), row.name()});
        fields.put("postcode", new String[] {library.postcode(), row.postcode()});
        fields.put("how it is run", new String[] {label(library.managementType()), label(row.management())});
        fields.put("kind of service point", new String[] {library.servicePoint() == null ? null : library.servicePoint().label(),
                row.servicePoint() == null ? null : row.servicePoint().label()});
        fields.put("address", new String[] {library.address(), row.address()});
        fields.put("year closed", new String[] {text(library.closedYear()), text(row.closedYear())});
        fields.put("year opened", new String[] {text(library.openedYear()), text(row.openedYear())});
        fields.put("statutory", new String[] {yesNo(library.statutory()), yesNo(row.statutory())});
        fields.put("website", new String[] {library.website(), row.website()});
        fields.put("email", new String[] {library.contactEmail(), row.email()});
        fields.put("opening hours", new String[] {library.openingHours(), row.hours()});
        fields.put("UPRN", new String[] {library.uprn(), row.uprn()});
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, values) -> {
            if (values[1] != null && !Objects.equals(values[0], values[1])) {
                changes.add(new FieldChange(field, values[0], values[1]));
            }
        });
        return changes;
    }

    private static String label(ManagementType type) {
        return type == null ? null : type.label();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    /** The words of a name that tell libraries apart ("Wells", not "Library"). */
    static Set<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^a-z0-9]+"))
                .filter(w -> w.length() > 1 && !COMMON_WORDS.contains(w))
                .collect(Collectors.toSet());
    }

    private static String nameKey(String name) {
        return words(name).stream().sorted().collect(Collectors.joining(" "));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
