package uk.cmlnetwork.library;

import java.time.Duration;

/**
 * Keeps the in-memory copy of the directory that searches read, for as long as the program runs
 * (one per server or embedded network, shared by every transaction). Before a search it checks,
 * at most once per {@code recheck}, whether the directory has changed (one small query) and rebuilds
 * the copy when it has, so a change saved anywhere, by this server or another one, shows in searches
 * within {@code recheck}.
 */
public final class DirectoryCopy {
    private final long recheckNanos;
    private volatile Checked latest;

    private record Checked(DirectoryIndex index, long atNanos) {
    }

    /** {@code Duration.ZERO} checks before every search. */
    public DirectoryCopy(Duration recheck) {
        this.recheckNanos = recheck.toNanos();
    }

    /** The next search checks for changes whatever the interval: for a change this program has just committed. */
    public void recheckNow() {
        Checked checked = latest;
        if (checked != null) {
            latest = new Checked(checked.index(), System.nanoTime() - recheckNanos);
        }
    }

    DirectoryIndex current(Libraries libraries) {
        Checked checked = latest;
        if (checked != null && System.nanoTime() - checked.atNanos() < recheckNanos) {
            return checked.index();
        }
        synchronized (this) {
            checked = latest;
            if (checked != null && System.nanoTime() - checked.atNanos() < recheckNanos) {
                return checked.index(); // another search has just checked
            }
            // The state is read before the libraries: a change committed in between makes the next check rebuild again.
            DirectoryState state = libraries.state();
            DirectoryIndex index = checked != null && checked.index().state().equals(state)
                    ? checked.index() : DirectoryIndex.of(state, libraries.allWithOutcomes());
            latest = new Checked(index, System.nanoTime());
            return index;
        }
    }
}
