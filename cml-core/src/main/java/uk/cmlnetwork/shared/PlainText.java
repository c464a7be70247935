package uk.cmlnetwork.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text the network stores, without invisible control characters: a bell (U+0007) pasted into a
 * post's title once made the Atom feed fail for everyone, because XML cannot carry it, nor can a
 * calendar file. Applied to every text attribute of every entity as it is written and as it is read
 * (so text stored before this rule is clean too), this is the one place such characters are removed.
 * Tab, line feed and carriage return stay: text areas and emails need them, and XML allows them.
 */
@Converter(autoApply = true)
public class PlainText implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String text) {
        return clean(text);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return clean(stored);
    }

    /** The text without control characters (other than tab and line breaks) or characters XML cannot carry. */
    public static String clean(String text) {
        if (text == null || allowedThroughout(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(PlainText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedThroughout(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false; // C0 and C1 control characters, and DEL
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return false; // half of a pair on its own (a whole pair arrives as one code point above U+FFFF)
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
