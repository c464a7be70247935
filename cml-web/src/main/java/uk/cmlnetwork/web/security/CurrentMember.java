package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;

/** Who is signed in on this request, read fresh from the database (a suspension takes effect at once). */
@Named
@RequestScoped
public class CurrentMember {
    @Inject
    SecurityContext security;

    @Inject
    SignInFacade members;

    private Member member;
    private boolean looked;

    public boolean isSignedIn() {
        return get() != null;
    }

    /** The signed-in member, or null. */
    public Member get() {
        if (!looked) {
            looked = true;
            // Every member signed in has the MEMBER role; the role is asked too because WildFly names an
            // anonymous caller ("anonymous") where the specification says there is none.
            Principal caller = security.isCallerInRole("MEMBER") ? security.getCallerPrincipal() : null;
            if (caller != null) {
                Member found = members.find(new MemberId(caller.getName()));
                member = found.maySignIn() ? found : null;
            }
        }
        return member;
    }

    /** The signed-in member if their account is active (may book, write, suggest...), or null. */
    public Member takingPart() {
        Member signedIn = get();
        return signedIn != null && signedIn.mayTakePart() ? signedIn : null;
    }

    /** The signed-in, active member; anyone else is refused (answered 403). */
    public Member mustTakePart() {
        Member active = takingPart();
        if (active == null) {
            throw new NotAllowed();
        }
        return active;
    }

    public MemberId id() {
        Member signedIn = get();
        if (signedIn == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return signedIn.id();
    }

    public boolean isCoordinator() {
        return isSignedIn() && security.isCallerInRole("COORDINATOR") && member.isCoordinator();
    }

    /** Whether the "waiting for you" page has anything to decide for this member: the menu shows it then. */
    public boolean isDecider() {
        Member signedIn = get();
        return signedIn != null && signedIn.decidesForOthers();
    }
}
