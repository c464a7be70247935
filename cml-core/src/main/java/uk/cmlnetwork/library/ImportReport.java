package uk.cmlnetwork.library;

import java.util.List;

/** What an import did: libraries added, changed, already up to date, and the rows it could not read. */
public record ImportReport(int added, int updated, int unchanged, List<RowProblem> problems) {
    /** A row left out, with its line in the file (the heading is line 1) and what is wrong with it. */
    public record RowProblem(long line, String reason) {
    }

    public int read() {
        return added + updated + unchanged;
    }
}
