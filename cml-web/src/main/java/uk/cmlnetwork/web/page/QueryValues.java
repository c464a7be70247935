package uk.cmlnetwork.web.page;

import java.util.Arrays;

/**
 * Values read from a page's address (filters in a GET form). Unknown values are ignored rather
 * than refused, so old bookmarks keep working.
 */
public final class QueryValues {
    private QueryValues() {
    }

    /** The constant with this exact name, or null. */
    public static <E extends Enum<E>> E known(Class<E> kind, String name) {
        return Arrays.stream(kind.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
