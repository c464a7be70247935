package uk.cmlnetwork.advice;

import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.shared.Region;

/**
 * What a member looks for in the member directory; null means "any". Words match a name, or the
 * organisation the member chose to show; the group is a regional group's code; the category finds only
 * members who chose to show theirs.
 */
public record MemberDirectoryQuery(String words, Region region, String group, ManagementType libraryType, String topic,
                                   MemberCategory category) {
    public static final MemberDirectoryQuery ANYONE = new MemberDirectoryQuery(null, null, null, null, null, null);

    public boolean isEmpty() {
        return (words == null || words.isBlank()) && region == null && group == null && libraryType == null && topic == null
                && category == null;
    }
}
