package uk.cmlnetwork.web.page;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the product: every download (attendees, members, the directory, a member's
 * own data) is written through it. A spreadsheet runs a cell that begins with {@code = + - @} (or a
 * tab or carriage return) as a formula, so such a text cell gets a leading apostrophe, as OWASP
 * advises: a guest who books as {@code =HYPERLINK(...)} reaches the coordinator's spreadsheet as text.
 * Numbers, dates and yes/no values are written as they are.
 */
public final class SpreadsheetCsv implements Closeable {
    private final CSVPrinter printer;

    public SpreadsheetCsv(Writer out, String... header) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }

    /** One row; null cells are written empty. */
    public void row(Object... cells) throws IOException {
        List<Object> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(cell instanceof CharSequence text ? neutralised(text.toString()) : cell);
        }
        printer.printRecord(safe);
    }

    /** The text as a spreadsheet shows it, never as a formula. */
    public static String neutralised(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        // Spreadsheets also skip leading spaces and line breaks before a formula.
        String trimmed = text.stripLeading();
        return !trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
