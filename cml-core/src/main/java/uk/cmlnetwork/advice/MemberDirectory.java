package uk.cmlnetwork.advice;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.GroupMap;
import uk.cmlnetwork.shared.RegionalGroups;

/**
 * Searching the member directory. It filters only on what the directory shows of each member: words
 * in their name or in the organisation they chose to show, the region they chose to show (so a hidden
 * region is never found out by filtering), the category they chose to show, their library and its management type, and their experience,
 * which "People who may know" already shows of members in the directory. Who may read the directory is
 * {@code MembershipService.directory}'s rule; this takes the members it gave.
 */
public class MemberDirectory {
    /** Members on one page of the directory. */
    public static final int PAGE_SIZE = 25;

    private final Libraries libraries;
    private final Peers peers;
    private final RegionalGroups groups;

    public MemberDirectory(Libraries libraries, Peers peers, RegionalGroups groups) {
        this.libraries = libraries;
        this.peers = peers;
        this.groups = groups;
    }

    /** The listed members that match, in the directory's order (by name). */
    public List<ListedMember> matching(List<Member> listed, MemberDirectoryQuery query) {
        GroupMap map = query.group() == null ? null : groups.map();
        Map<String, Optional<Library>> seen = new HashMap<>();
        String words = query.words() == null || query.words().isBlank() ? null : query.words().strip().toLowerCase(Locale.ROOT);
        return listed.stream()
                .filter(m -> words == null || m.name().toLowerCase(Locale.ROOT).contains(words)
                        || m.listing().showsOrganisation() && m.organisation() != null
                        && m.organisation().toLowerCase(Locale.ROOT).contains(words))
                .filter(m -> query.region() == null || m.listing().showsRegion() && query.region() == m.region())
                .filter(m -> map == null || m.listing().showsRegion() && map.covers(query.group(), m.region()))
                .filter(m -> query.category() == null || m.listing().showsCategory() && query.category() == m.category())
                .map(m -> describe(m, seen))
                .filter(m -> query.libraryType() == null || query.libraryType() == m.libraryType())
                .filter(m -> query.topic() == null || m.experience().stream().anyMatch(t -> t.code().equals(query.topic())))
                .toList();
    }

    private ListedMember describe(Member member, Map<String, Optional<Library>> seen) {
        Optional<Library> library = member.libraryId() == null ? Optional.empty()
                : seen.computeIfAbsent(member.libraryId().value(), id -> libraries.find(new LibraryId(id)));
        String name = library.map(Library::name).orElse(member.unlistedLibrary());
        return new ListedMember(member, name, library.map(Library::managementType).orElse(null),
                peers.experienceOf(member.id().value()).map(Experience::topics).orElse(List.of()));
    }
}
