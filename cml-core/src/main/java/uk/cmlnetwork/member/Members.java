package uk.cmlnetwork.member;

import java.util.List;
import java.util.Optional;

public interface Members {
    void store(Member member);

    Optional<Member> find(MemberId id);

    Optional<Member> findByEmail(String email);

    /** Members matching the search, by name. */
    List<Member> search(MemberSearch search);

    boolean anyCoordinator();
}
