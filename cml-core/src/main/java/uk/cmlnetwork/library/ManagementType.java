package uk.cmlnetwork.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a library is run, in the Libraries Taskforce/DCMS 2016 codes, with the closure codes.
 * Arts Council England's later codes (LA, LAU, C, CR, ICL) map onto the same values.
 */
public enum ManagementType {
    LAL("LAL", "LA", "Local authority run"),
    LAL_UNSTAFFED("LAL-", "LAU", "Local authority run, unstaffed"),
    CL("CL", "C", "Commissioned: run by a trust or other body for the council"),
    CRL("CRL", "CR", "Community run, with ongoing council support"),
    ICL("ICL", "ICL", "Independent community library"),
    XL("XL", null, "Closed"),
    XLR("XLR", null, "Closed and replaced"),
    XLT("XLT", null, "Temporarily closed"),
    /** A dataset lists the library but not how it is run ("[Unknown]"): not counted among open libraries. */
    UNKNOWN("?", null, "Not known");

    private final String code;
    private final String aceCode;
    private final String label;

    ManagementType(String code, String aceCode, String label) {
        this.code = code;
        this.aceCode = aceCode;
        this.label = label;
    }

    /** The 2016 Taskforce code, e.g. "LAL-". */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Community managed means community run (CRL) or independent (ICL). */
    public boolean isCommunityManaged() {
        return this == CRL || this == ICL;
    }

    /** Known to be open: run somehow, not closed. */
    public boolean isOpen() {
        return this != UNKNOWN && !isClosed();
    }

    public boolean isClosed() {
        return this == XL || this == XLR || this == XLT;
    }

    /** Reads a 2016 Taskforce code or an Arts Council England code, ignoring case. */
    public static Optional<ManagementType> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.code.equals(wanted) || wanted.equals(t.aceCode))
                .findFirst();
    }
}
