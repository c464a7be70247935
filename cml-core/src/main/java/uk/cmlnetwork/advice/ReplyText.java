package uk.cmlnetwork.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of an email reply: what the member wrote above the quoted notification. Mail programs
 * mark the quote in their own ways: lines starting "&gt;", a line "On ... wrote:", "-----Original
 * Message-----", or "From: ..." heading the quoted email; a signature starts with "-- ".
 */
final class ReplyText {
    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^\\s*>.*"),
            Pattern.compile("^\\s*On .{0,300}wrote:\\s*$"),
            Pattern.compile("^\\s*-{2,}\\s*Original Message\\s*-{2,}.*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*From:\\s.*"),
            Pattern.compile("^-- ?$"),
            Pattern.compile("^_{10,}\\s*$"));

    private ReplyText() {
    }

    static String newText(String reply) {
        if (reply == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : reply.replace("\r\n", "\n").split("\n", -1)) {
            if (QUOTE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }
}
