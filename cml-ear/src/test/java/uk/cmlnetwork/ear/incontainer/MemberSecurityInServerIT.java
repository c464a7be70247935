package uk.cmlnetwork.ear.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberAdministration;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.MemberSearch;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.member.Registration;
import uk.cmlnetwork.web.member.MembersAdminFacade;
import uk.cmlnetwork.web.security.MemberIdentityStore;
import uk.cmlnetwork.web.security.NotAllowed;

/** Inside the server: Jakarta Security's identity store over the member store, and the coordinators' facade guard. */
@ExtendWith(ArquillianExtension.class)
class MemberSecurityInServerIT {
    static final String PASSWORD = "orchard beacon pebble";

    @Deployment
    static WebArchive application() {
        return Deployments.application(MemberSecurityInServerIT.class);
    }

    @Inject
    MemberIdentityStore identityStore;

    @Inject
    MembershipService membership;

    @Inject
    MemberAdministration administration;

    @Inject
    MembersAdminFacade adminFacade;

    @Inject
    UserTransaction transaction;

    Member joined(String email, boolean confirmed) throws Exception {
        transaction.begin();
        Registration registration = membership.register(RegisterMember.withoutConsents(
                new MemberDetails("Sam Secure", email, MemberCategory.SUPPORTER, null, null, null, null), PASSWORD));
        if (confirmed) {
            membership.confirmEmail(registration.confirmationToken());
        }
        transaction.commit();
        return registration.member();
    }

    CredentialValidationResult check(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password));
    }

    @Test
    void theIdentityStoreNamesTheMemberByIdWithTheirRolesAsGroups() throws Exception {
        String email = "secure-" + System.nanoTime() + "@example.org";
        Member member = joined(email, true);
        CredentialValidationResult valid = check(email, PASSWORD);
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(member.id().value(), valid.getCallerPrincipal().getName());
        assertEquals(Set.of("MEMBER"), valid.getCallerGroups());

        transaction.begin();
        administration.setCoordinator(member.id(), true);
        transaction.commit();
        assertEquals(Set.of("MEMBER", "COORDINATOR"), check(email, PASSWORD).getCallerGroups());
    }

    @Test
    void wrongPasswordsAndSuspendedAccountsAreRefused() throws Exception {
        String email = "refused-" + System.nanoTime() + "@example.org";
        Member member = joined(email, true);
        assertEquals(CredentialValidationResult.Status.INVALID, check(email, "not the password").getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, check("nobody@example.org", PASSWORD).getStatus());
        transaction.begin();
        administration.setSuspended(member.id(), true);
        transaction.commit();
        assertEquals(CredentialValidationResult.Status.INVALID, check(email, PASSWORD).getStatus());
    }

    @Test
    void theCoordinatorsFacadeRefusesACallerWhoIsNotSignedInAsACoordinator() {
        assertThrows(NotAllowed.class, () -> adminFacade.search(MemberSearch.everyone()));
    }
}
