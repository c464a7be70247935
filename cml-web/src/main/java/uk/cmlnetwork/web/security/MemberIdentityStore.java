package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import uk.cmlnetwork.member.Member;

/**
 * Jakarta Security checks sign-ins against the network's own members. The caller name is the
 * member's id (it never changes), the groups are their roles.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {
    @Inject
    SignInFacade members;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return members.checkCredentials(credential.getCaller(), credential.getPasswordAsString())
                .map(MemberIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Member member) {
        return new CredentialValidationResult(member.id().value(),
                member.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
