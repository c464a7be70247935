package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;

/** The transaction boundary for signing in and for reading who is signed in. */
@ApplicationScoped
@Transactional
public class SignInFacade {
    @Inject
    MembershipService membership;

    public Optional<Member> checkCredentials(String email, String password) {
        return membership.checkCredentials(email, password);
    }

    public Member find(MemberId id) {
        return membership.find(id);
    }
}
