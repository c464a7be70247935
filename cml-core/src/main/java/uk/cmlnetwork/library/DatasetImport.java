package uk.cmlnetwork.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Text;

/**
 * Brings a published library dataset into the directory in two steps, as the coordinator's check page, the
 * command line and the Java API all do: {@link #check} reads the file and says what it would do to each
 * library (writing nothing), then {@link #apply} writes exactly that, in the caller's transaction. A newer
 * file updates the libraries the directory knows (matched on postcode, name and authority), never adds a
 * second copy; each library keeps what each dataset said of it.
 */
public class DatasetImport {
    /** What the coordinator chose for an ambiguous row: a library's id, this, or nothing (left out). */
    public static final String ADD_AS_NEW = "new";

    private final Libraries libraries;
    private final LocalAuthorityRegister register;
    private final Clock clock;

    public DatasetImport(Libraries libraries, LocalAuthorityRegister register, Clock clock) {
        this.libraries = libraries;
        this.register = register;
        this.clock = clock;
    }

    /** Reads the file and compares it with the directory; writes nothing. */
    public ImportCheck check(DatasetFile file) {
        return check(file, List.of());
    }

    /**
     * @param earlierPlaces libraries of an earlier dataset not in the directory, used only to place rows
     *                      (the starting directory places the 2023 libraries from the 2016 file this way)
     */
    ImportCheck check(DatasetFile file, Collection<Library> earlierPlaces) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (Text.blankToNull(file.dataset()) == null) {
            problems.put("dataset", "Enter the dataset's name, such as 'Arts Council England basic dataset 2023'");
        } else if (file.dataset().strip().length() > 120) {
            problems.put("dataset", "The dataset's name must be 120 characters or fewer");
        }
        if (file.attribution() != null && file.attribution().strip().length() > 300) {
            problems.put("attribution", "The attribution must be 300 characters or fewer");
        }
        Map<String, PublishedDataset.NumberedAuthority> numbered = Map.of();
        PublishedDataset.Reading reading = null;
        try {
            numbered = file.authorities() == null ? Map.of() : PublishedDataset.numberedAuthorities(file.authorities());
            reading = PublishedDataset.read(file.libraries(), file.mapping(), numbered);
        } catch (InvalidInput unreadable) {
            problems.putAll(unreadable.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<PublishedLibrary> inArea = new ArrayList<>();
        List<PublishedLibrary> outside = new ArrayList<>();
        Map<Long, LocalAuthorityRegister.Authority> authorities = new HashMap<>();
        for (PublishedLibrary row : reading.libraries()) {
            LocalAuthorityRegister.Authority authority = register.find(row.authorityCode())
                    .or(() -> register.find(row.authority())).orElse(null);
            if (authority != null) {
                authorities.put(row.line(), authority);
            }
            if (authority != null && !authority.isInEnglandOrWales() && !file.includeOutsideArea()) {
                outside.add(row);
            } else {
                inArea.add(row);
            }
        }
        DirectoryState state = libraries.state();
        List<Library> known = libraries.all();
        DatasetPreview.Preview preview = DatasetPreview.of(known, inArea);
        Map<Long, Library> earlierMatch = new HashMap<>();
        if (!earlierPlaces.isEmpty()) {
            DatasetPreview.of(earlierPlaces, inArea).rows().stream().filter(r -> r.match() != null)
                    .forEach(r -> earlierMatch.put(r.row().line(), r.match()));
        }
        List<Library> placed = new ArrayList<>(known);
        placed.addAll(earlierPlaces);
        PlaceFinder places = new PlaceFinder(placed, register);
        Map<Long, WhereItIs> where = new HashMap<>();
        for (DatasetPreview.RowPreview row : preview.rows()) {
            PublishedLibrary published = row.row();
            LocalAuthorityRegister.Authority authority = authorities.get(published.line());
            Library earlier = row.match() != null ? row.match() : earlierMatch.get(published.line());
            where.put(published.line(), new WhereItIs(
                    published.authority() != null ? published.authority() : authority == null ? null : authority.name(),
                    published.authorityCode() != null ? published.authorityCode() : authority == null ? null : authority.gssCode(),
                    authority == null ? null : authority.networkRegion().orElse(null),
                    keepsItsPlace(row) ? null : places.placeOf(published, earlier)));
        }
        return new ImportCheck(file.dataset().strip(), Text.blankToNull(file.attribution()), reading.format(), preview,
                Map.copyOf(where), reading.refused(), List.copyOf(outside), state);
    }

    /** A library the directory has placed keeps its place when the file gives none. */
    private static boolean keepsItsPlace(DatasetPreview.RowPreview row) {
        return row.row().location() == null && row.match() != null && row.match().location() != null;
    }

    /**
     * Writes what the check showed.
     *
     * @param choices for ambiguous rows, by line: the id of the library the row is, {@link #ADD_AS_NEW}, or
     *                nothing to leave it out
     * @throws DomainException if the directory changed after the check (check the file again)
     */
    public ImportReport apply(ImportCheck check, Map<Long, String> choices) {
        return apply(check, choices, row -> LibraryId.newId());
    }

    /** @param newId the id of each library added (the starting directory's are fixed: see there) */
    ImportReport apply(ImportCheck check, Map<Long, String> choices, java.util.function.Function<PublishedLibrary, LibraryId> newId) {
        if (!libraries.state().equals(check.directoryAtCheck())) {
            throw new DomainException("The directory has changed since this file was checked. Check the file again.");
        }
        Map<String, String> alreadySaid = libraries.saidBy(check.dataset());
        int added = 0;
        int updated = 0;
        int closed = 0;
        int reopened = 0;
        int unchanged = 0;
        int leftOut = check.refused().size() + check.outsideArea().size();
        for (DatasetPreview.RowPreview row : check.preview().rows()) {
            WhereItIs where = check.where().get(row.row().line());
            Library library = switch (row.outcome()) {
                case NEW -> null;
                case AMBIGUOUS -> chosen(row, choices.get(row.row().line()));
                default -> libraries.find(row.match().id()).orElseThrow();
            };
            if (row.outcome() == DatasetPreview.Outcome.AMBIGUOUS && library == null
                    && !ADD_AS_NEW.equals(choices.get(row.row().line()))) {
                leftOut++;
                continue;
            }
            if (library == null) {
                library = Library.fromDataset(newId.apply(row.row()), row.row(), where, check.dataset());
                libraries.store(library);
                added++;
            } else {
                library.takeFromDataset(row.row(), where, check.dataset());
                switch (row.outcome()) {
                    case CLOSED -> closed++;
                    case REOPENED -> reopened++;
                    case UNCHANGED -> unchanged++;
                    default -> updated++;
                }
            }
            String said = said(row.row(), where);
            if (!said.equals(alreadySaid.get(library.id().value()))) {
                libraries.record(new LibraryDatasetRecord(library.id(), check.dataset(), check.attribution(),
                        row.row().line(), said, clock.instant()));
            }
        }
        return new ImportReport(added, updated + closed + reopened, closed, reopened, unchanged, leftOut);
    }

    private Library chosen(DatasetPreview.RowPreview row, String choice) {
        if (choice == null || ADD_AS_NEW.equals(choice)) {
            return null;
        }
        return row.candidates().stream().filter(c -> c.id().value().equals(choice)).findFirst()
                .flatMap(c -> libraries.find(c.id())).orElse(null);
    }

    /** The row's facts in a sentence, for the library's history. */
    static String said(PublishedLibrary row, WhereItIs where) {
        List<String> facts = new ArrayList<>();
        facts.add(row.name());
        if (row.servicePoint() != null) {
            facts.add(row.servicePoint().label());
        }
        facts.add(row.management() == null ? "how it is run not said" : row.management().label());
        if (row.closedYear() != null) {
            facts.add("closed " + row.closedYear());
        }
        if (row.openedYear() != null) {
            facts.add("opened " + row.openedYear());
        }
        if (row.statutory() != null) {
            facts.add(row.statutory() ? "statutory" : "not statutory");
        }
        String address = String.join(", ", java.util.stream.Stream.of(row.address(), row.postcode())
                .filter(Objects::nonNull).toList());
        if (!address.isEmpty()) {
            facts.add(address);
        }
        if (where != null && where.authority() != null) {
            facts.add(where.authority());
        }
        if (row.hours() != null) {
            facts.add("hours: " + row.hours());
        }
        return String.join("; ", facts);
    }
}
