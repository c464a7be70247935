package uk.cmlnetwork.shared;

/** Small rules for what people type. */
public final class Text {
    private Text() {
    }

    /** Surrounding spaces removed; an empty answer kept as no answer (null). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
