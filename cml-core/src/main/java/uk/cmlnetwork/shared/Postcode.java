package uk.cmlnetwork.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A UK postcode written the standard way: "BS408XE" and "bs40 8xe" both become "BS40 8XE". */
public final class Postcode {
    private static final Pattern UK = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");

    private Postcode() {
    }

    /** The standard form, or null if the text is not a UK postcode. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return null;
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return UK.matcher(spaced).matches() ? spaced : null;
    }
}
