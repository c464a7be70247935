package uk.cmlnetwork.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A member changing their own details and consents. */
public record UpdateProfile(@NotNull @Valid MemberDetails details, boolean newsletter, boolean directory,
                            DirectoryListing listing) {
}
