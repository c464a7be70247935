package uk.cmlnetwork.library;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Postcode;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.shared.RegionalGroups;

/** The directory of libraries members use to find each other. The caller owns the transaction. */
public class LibraryDirectory {
    /** The furthest a "near me" search looks. */
    public static final int MAX_MILES = 100;

    private final Libraries libraries;
    private final InputCheck inputCheck;
    private final Clock clock;
    private final DirectoryCopy copy;
    private final RegionalGroups groups;

    /** {@code copy} is the in-memory directory that searches read, kept for the life of the program. */
    public LibraryDirectory(Libraries libraries, InputCheck inputCheck, Clock clock, DirectoryCopy copy,
                            RegionalGroups groups) {
        this.groups = groups;
        this.libraries = libraries;
        this.inputCheck = inputCheck;
        this.clock = clock;
        this.copy = copy;
    }

    public Library add(AddLibrary details) {
        java.util.Map<String, String> problems = inputCheck.problems(details);
        String postcode = null;
        try {
            postcode = postcode(details.postcode());
        } catch (InvalidInput notAPostcode) {
            problems.putAll(notAPostcode.problems());
        }
        if (details.stage() != null && details.managementType() != null && !details.managementType().isCommunityManaged()) {
            problems.put("stage", "Only community managed libraries (CRL or ICL) have a stage");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems); // every field to fix, at once
        }
        Library library = new Library(LibraryId.newId(), details, postcode);
        libraries.store(library);
        return library;
    }

    /** Its editors, the coordinators, and the coordinator of the library's regional group. */
    public boolean mayLookAfter(LibraryKeeper by, LibraryId id) {
        if (by == null) {
            return false;
        }
        return by.mayLookAfter(id) || by.coordinatesGroup() != null
                && groups.map().covers(by.coordinatesGroup(), find(id).region());
    }

    /** The regional groups as they are now. */
    public uk.cmlnetwork.shared.GroupMap groupsNow() {
        return groups.map();
    }

    /** The regional group of the library's region, or null. */
    public RegionalGroup groupOf(Library library) {
        return groups.map().of(library.region());
    }

    /** The library's editor or a coordinator saves its profile; the entry is then confirmed as of now. */
    public Library updateProfile(LibraryKeeper by, LibraryId id, LibraryProfile profile) {
        if (!mayLookAfter(by, id)) {
            throw new DomainException("Only this library's editors and the network's coordinators can update its profile");
        }
        java.util.Map<String, String> problems = inputCheck.problems(profile);
        try {
            postcode(profile.postcode());
        } catch (InvalidInput notAPostcode) {
            problems.putAll(notAPostcode.problems());
        }
        problems.putAll(hourProblems(profile));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems); // every field to fix, at once
        }
        Library library = find(id);
        library.updateProfile(profile, postcode(profile.postcode()), clock.instant());
        return library;
    }

    /** Each day's hours that do not fit their column. */
    private static java.util.Map<String, String> hourProblems(LibraryProfile profile) {
        if (profile.hours() == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (DayHours day : profile.hours()) {
            if (day.staffed() != null && day.staffed().strip().length() > DayHours.MAX_LENGTH) {
                problems.put("staffed-" + day.day(), DayHours.name(day.day()) + "'s staffed hours must be "
                        + DayHours.MAX_LENGTH + " characters or fewer");
            }
            if (day.unstaffed() != null && day.unstaffed().strip().length() > DayHours.MAX_LENGTH) {
                problems.put("unstaffed-" + day.day(), DayHours.name(day.day()) + "'s unstaffed hours must be "
                        + DayHours.MAX_LENGTH + " characters or fewer");
            }
        }
        return problems;
    }

    static String postcode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String postcode = Postcode.normalise(text);
        if (postcode == null) {
            throw InvalidInput.of("postcode", "Enter a real UK postcode, like BS40 8XE");
        }
        return postcode;
    }

    public Library find(LibraryId id) {
        return libraries.find(id).orElseThrow(() -> new NotFound("library", id.value()));
    }

    /** What each dataset said of the library, newest first. */
    public List<LibraryDatasetRecord> history(LibraryId id) {
        return libraries.datasetRecords(id);
    }

    public List<Library> all() {
        return libraries.all();
    }

    public List<Library> communityManaged() {
        return libraries.communityManaged();
    }

    /** Searches the in-memory copy, which is at most the copy's recheck interval behind the database. */
    public DirectoryPage search(DirectorySearch search) {
        if (search.group() == null) {
            return copy.current(libraries).search(search);
        }
        return copy.current(libraries).search(search, groups.map().regionsOf(search.group()));
    }

    /** Every authority named in the directory, in order (for the search's filter). */
    public List<String> authorities() {
        return copy.current(libraries).authorities();
    }

    public List<DirectoryCount> summary() {
        return libraries.countsByTypeAndRegion();
    }

    /**
     * Open libraries within {@code miles} of a postcode, nearest first. The postcode is placed from
     * the directory's own libraries: at that postcode, or else in the same postcode district.
     */
    public List<NearbyLibrary> near(String postcodeText, int miles) {
        if (postcodeText == null || postcodeText.isBlank()) {
            throw InvalidInput.of("postcode", "Enter a postcode, like BS40 8XE");
        }
        String postcode = Postcode.normalise(postcodeText);
        String district = postcode != null ? postcode.substring(0, postcode.indexOf(' '))
                : postcodeText.strip().toUpperCase(java.util.Locale.ROOT);
        if (postcode == null && !district.matches("^[A-Z]{1,2}[0-9][A-Z0-9]?$")) {
            throw InvalidInput.of("postcode", "Enter a real UK postcode, like BS40 8XE, or its first part, like BS40");
        }
        List<Location> places = postcode == null ? List.of() : libraries.locationsAtPostcode(postcode);
        if (places.isEmpty()) {
            places = libraries.locationsAtPostcode(district + " ");
        }
        if (places.isEmpty()) {
            throw InvalidInput.of("postcode", "We cannot place " + (postcode != null ? postcode : district)
                    + ": the directory knows no library in " + district + " with a place on the map (a library is"
                    + " placed from its dataset's coordinates). Try a nearby library's postcode.");
        }
        return near(new Location(places.stream().mapToDouble(Location::latitude).average().orElseThrow(),
                places.stream().mapToDouble(Location::longitude).average().orElseThrow()), miles);
    }

    /** Open libraries within {@code miles} of a point, nearest first. */
    public List<NearbyLibrary> near(Location here, int miles) {
        if (miles < 1 || miles > MAX_MILES) {
            throw InvalidInput.of("miles", "Choose a distance from 1 to " + MAX_MILES + " miles");
        }
        double dLat = here.latitudeSpan(miles);
        double dLng = here.longitudeSpan(miles);
        return libraries.locatedWithin(here.latitude() - dLat, here.latitude() + dLat, here.longitude() - dLng,
                        here.longitude() + dLng, false).stream()
                .filter(l -> !l.isClosed())
                .map(l -> new NearbyLibrary(l, here.milesTo(l.location())))
                .filter(n -> n.miles() <= miles)
                .sorted(Comparator.comparingDouble(NearbyLibrary::miles))
                .toList();
    }

    /**
     * The open community managed libraries most like this one: same management type first, then the
     * same stage, then the same region, then nearest. Libraries without a location come last.
     */
    public List<NearbyLibrary> likeMine(LibraryId id, int howMany) {
        Library mine = find(id);
        List<Library> candidates = libraries.communityManaged();
        Comparator<NearbyLibrary> order = Comparator
                .comparing((NearbyLibrary n) -> n.library().managementType() != mine.managementType())
                .thenComparing(n -> mine.stage() == null || n.library().stage() != mine.stage())
                .thenComparing(n -> mine.region() == null || n.library().region() != mine.region())
                .thenComparingDouble(NearbyLibrary::miles);
        return candidates.stream()
                .filter(l -> !l.id().equals(mine.id()) && !l.isClosed())
                .map(l -> new NearbyLibrary(l, mine.location() != null && l.location() != null
                        ? mine.location().milesTo(l.location()) : Double.MAX_VALUE))
                .sorted(order)
                .limit(Math.max(1, howMany))
                .toList();
    }
}
