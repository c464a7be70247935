package uk.cmlnetwork.member;

import uk.cmlnetwork.shared.Region;

/**
 * What a coordinator looks for in the member list; null means "any". Text matches name, email or
 * organisation. {@code listedOnly} keeps only those who chose to be in the member directory.
 */
public record MemberSearch(String text, MemberCategory category, Region region, MemberStatus status,
                           boolean listedOnly) {
    public static MemberSearch everyone() {
        return new MemberSearch(null, null, null, null, false);
    }

    public static MemberSearch directory() {
        return new MemberSearch(null, null, null, MemberStatus.ACTIVE, true);
    }
}
