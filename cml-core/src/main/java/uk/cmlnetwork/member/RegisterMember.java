package uk.cmlnetwork.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Joining the network: details, a password and two separate consents (both unticked by default). */
public record RegisterMember(
        @NotNull @Valid MemberDetails details,
        String password,
        boolean newsletter,
        boolean directory,
        DirectoryListing listing) {

    /** Joining with the details only: no consents given. */
    public static RegisterMember withoutConsents(MemberDetails details, String password) {
        return new RegisterMember(details, password, false, false, null);
    }
}
