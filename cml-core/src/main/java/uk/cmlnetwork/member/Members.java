package uk.cmlnetwork.member;

import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryId;

public interface Members {
    void store(Member member);

    Optional<Member> find(MemberId id);

    Optional<Member> findByEmail(String email);

    /** Members matching the search, by name. */
    List<Member> search(MemberSearch search);

    boolean anyCoordinator();

    /** Active coordinators and regional group coordinators: those who decide what members send in. */
    List<Member> deciders();

    Optional<Member> findByCalendarKey(String key);

    /** Active members of this library who chose to be in the member directory, by name. */
    List<Member> listedAt(LibraryId library);

    /** The members who edit this library's profile, by name. */
    List<Member> editorsOf(LibraryId library);
}
