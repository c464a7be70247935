package uk.cmlnetwork.library;

import java.util.List;

/** One page of a directory search, with how many libraries matched in all. */
public record DirectoryPage(List<Library> libraries, long total, int page, int pageSize) {
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
