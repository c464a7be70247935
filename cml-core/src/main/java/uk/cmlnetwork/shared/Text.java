package uk.cmlnetwork.shared;

/** Small rules for what people type. */
public final class Text {
    private Text() {
    }

    /** Surrounding spaces removed; an empty answer kept as no answer (null). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text, or the fallback when it is blank. */
    public static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
