package uk.cmlnetwork.library;

/**
 * What applying a checked dataset did: libraries added, updated (closed and reopened among them),
 * already up to date, and rows left out (refused, outside the network's area, or ambiguous rows the
 * coordinator did not place).
 */
public record ImportReport(int added, int updated, int closed, int reopened, int unchanged, int leftOut) {
    /** A row not read, with its line in the file (the heading is line 1) and why. */
    public record RowProblem(long line, String reason) {
    }

    /** Rows that reached the directory. */
    public int read() {
        return added + updated + unchanged;
    }
}
