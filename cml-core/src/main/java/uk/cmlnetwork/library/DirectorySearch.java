package uk.cmlnetwork.library;

import uk.cmlnetwork.shared.Region;

/**
 * A search of the directory. Every part is optional; {@code text} matches the name, the address
 * (so a town), the authority or the start of the postcode.
 *
 * @param page 1 for the first page
 * @param servicePoint only this kind of service point (static, mobile...), or any
 * @param group the code of a regional group: only libraries in its regions; or any
 */
public record DirectorySearch(String text, ManagementType type, boolean communityManagedOnly, Region region,
                              String authority, LibraryStage stage, Outcome outcome, OpenOrClosed status,
                              Sort sort, int page, int pageSize, ServicePoint servicePoint, String group) {
    public static final int MAX_PAGE_SIZE = 5000;

    public enum OpenOrClosed {
        OPEN, CLOSED, ANY
    }

    public enum Sort {
        NAME, AUTHORITY, REGION, TYPE
    }

    public DirectorySearch {
        status = status == null ? OpenOrClosed.ANY : status;
        sort = sort == null ? Sort.NAME : sort;
        page = Math.max(1, page);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    /** Any kind of service point, any group. */
    public DirectorySearch(String text, ManagementType type, boolean communityManagedOnly, Region region, String authority,
                           LibraryStage stage, Outcome outcome, OpenOrClosed status, Sort sort, int page, int pageSize) {
        this(text, type, communityManagedOnly, region, authority, stage, outcome, status, sort, page, pageSize, null, null);
    }

    /** Everything, by name, one page of {@code pageSize}. */
    public static DirectorySearch everything(int pageSize) {
        return new DirectorySearch(null, null, false, null, null, null, null, OpenOrClosed.ANY, Sort.NAME, 1, pageSize);
    }

    public int firstResult() {
        return (page - 1) * pageSize;
    }
}
