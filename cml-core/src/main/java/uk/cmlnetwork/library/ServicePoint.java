package uk.cmlnetwork.library;

import java.util.Locale;
import java.util.Optional;

/** What kind of service point a dataset row is: the headline counts are of open static libraries. */
public enum ServicePoint {
    STATIC("Static library"),
    MOBILE("Mobile library"),
    PRISON("Prison library"),
    ARCHIVE("Archive"),
    LOCAL_HISTORY("Local history library");

    private final String label;

    ServicePoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the words datasets use ("Static Library", "mobile library", "Static Local History Library"...). */
    public static Optional<ServicePoint> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String words = text.strip().toLowerCase(Locale.ROOT);
        if (words.contains("history")) {
            return Optional.of(LOCAL_HISTORY);
        }
        if (words.contains("archive")) {
            return Optional.of(ARCHIVE);
        }
        if (words.contains("mobile")) {
            return Optional.of(MOBILE);
        }
        if (words.contains("prison")) {
            return Optional.of(PRISON);
        }
        if (words.contains("static") || words.equals("library")) {
            return Optional.of(STATIC);
        }
        return Optional.empty();
    }
}
