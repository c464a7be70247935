package uk.cmlnetwork.library;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a library is, when the file does not say: the same library in an earlier dataset, else the middle
 * of the libraries known in its postcode district, else its authority's centroid; each with how precise
 * it is, so that "near me" can say when a distance is approximate.
 */
public final class PlaceFinder {
    /** How a library's place was found, most precise first. */
    public enum Precision {
        FROM_THE_FILE("From the dataset"),
        EARLIER_DATASET("From an earlier dataset"),
        POSTCODE_DISTRICT("The middle of its postcode district"),
        AUTHORITY("The middle of its authority");

        private final String label;

        Precision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A place and how it was found. */
    public record Place(Location location, Precision precision) {
    }

    private final LocalAuthorityRegister register;
    private final Map<String, double[]> districts = new HashMap<>();

    /** @param known libraries with places (an earlier dataset): their postcode districts' middles are used */
    public PlaceFinder(Collection<Library> known, LocalAuthorityRegister register) {
        this.register = register;
        for (Library library : known) {
            String district = district(library.postcode());
            if (district != null && library.location() != null) {
                double[] sum = districts.computeIfAbsent(district, d -> new double[3]);
                sum[0] += library.location().latitude();
                sum[1] += library.location().longitude();
                sum[2]++;
            }
        }
    }

    /**
     * @param earlier the same library in an earlier dataset (a preview's match), or null
     * @return the place, or null if nothing places it
     */
    public Place placeOf(PublishedLibrary row, Library earlier) {
        if (row.location() != null) {
            return new Place(row.location(), Precision.FROM_THE_FILE);
        }
        if (earlier != null && earlier.location() != null) {
            return new Place(earlier.location(), Precision.EARLIER_DATASET);
        }
        double[] sum = districts.get(district(row.postcode()));
        if (sum != null) {
            return new Place(new Location(sum[0] / sum[2], sum[1] / sum[2]), Precision.POSTCODE_DISTRICT);
        }
        for (String authority : List.of(String.valueOf(row.authorityCode()), String.valueOf(row.authority()))) {
            LocalAuthorityRegister.Authority found = register.find(authority).orElse(null);
            if (found != null && found.centroid() != null) {
                return new Place(found.centroid(), Precision.AUTHORITY);
            }
        }
        return null;
    }

    /** "BA5 2PU" is in the district "BA5". */
    static String district(String postcode) {
        if (postcode == null) {
            return null;
        }
        int space = postcode.indexOf(' ');
        return space > 0 ? postcode.substring(0, space) : null;
    }
}
