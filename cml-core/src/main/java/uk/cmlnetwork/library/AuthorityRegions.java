package uk.cmlnetwork.library;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.cmlnetwork.shared.Region;

/**
 * The region of England each library authority is in, by its ONS code (E06 unitary, E08
 * metropolitan district, E09 London borough, E10 county). Reference data: the library datasets give
 * the authority but not the region.
 */
public final class AuthorityRegions {
    private static final Map<String, Region> BY_CODE = new HashMap<>();

    static {
        // Metropolitan districts, by county: Greater Manchester and Merseyside, South Yorkshire,
        // Tyne and Wear, West Midlands, West Yorkshire.
        range("E08", 1, 15, Region.NORTH_WEST);
        range("E08", 16, 19, Region.YORKSHIRE_AND_THE_HUMBER);
        range("E08", 20, 24, Region.NORTH_EAST);
        range("E08", 37, 37, Region.NORTH_EAST);
        range("E08", 25, 31, Region.WEST_MIDLANDS);
        range("E08", 32, 36, Region.YORKSHIRE_AND_THE_HUMBER);
        // Unitary authorities.
        range("E06", 1, 5, Region.NORTH_EAST);
        range("E06", 6, 9, Region.NORTH_WEST);
        range("E06", 10, 14, Region.YORKSHIRE_AND_THE_HUMBER);
        range("E06", 15, 18, Region.EAST_MIDLANDS);
        range("E06", 19, 21, Region.WEST_MIDLANDS);
        range("E06", 22, 30, Region.SOUTH_WEST);
        range("E06", 31, 34, Region.EAST_OF_ENGLAND);
        range("E06", 35, 46, Region.SOUTH_EAST);
        range("E06", 47, 47, Region.NORTH_EAST);
        range("E06", 48, 50, Region.NORTH_WEST);
        range("E06", 51, 51, Region.WEST_MIDLANDS);
        range("E06", 52, 54, Region.SOUTH_WEST);
        range("E06", 55, 56, Region.EAST_OF_ENGLAND);
        range("E06", 57, 57, Region.NORTH_EAST);
        range("E06", 58, 59, Region.SOUTH_WEST);
        range("E06", 60, 60, Region.SOUTH_EAST);
        range("E06", 61, 62, Region.EAST_MIDLANDS);
        // Counties.
        counties(Region.SOUTH_EAST, 2, 11, 14, 16, 25, 30, 32);
        counties(Region.EAST_OF_ENGLAND, 3, 12, 15, 20, 29);
        counties(Region.NORTH_WEST, 6, 17);
        counties(Region.EAST_MIDLANDS, 7, 18, 19, 21, 24);
        counties(Region.SOUTH_WEST, 8, 9, 13, 27);
        counties(Region.YORKSHIRE_AND_THE_HUMBER, 23);
        counties(Region.WEST_MIDLANDS, 28, 31, 34);
    }

    private AuthorityRegions() {
    }

    /** The region of the authority with this ONS code; every London borough (E09) is in London. */
    public static Optional<Region> of(String onsCode) {
        if (onsCode == null || onsCode.isBlank()) {
            return Optional.empty();
        }
        String code = onsCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.startsWith("E09")) {
            return Optional.of(Region.LONDON);
        }
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static void range(String prefix, int from, int to, Region region) {
        for (int n = from; n <= to; n++) {
            BY_CODE.put(String.format("%s%06d", prefix, n), region);
        }
    }

    private static void counties(Region region, int... numbers) {
        for (int n : numbers) {
            BY_CODE.put(String.format("E10%06d", n), region);
        }
    }
}
