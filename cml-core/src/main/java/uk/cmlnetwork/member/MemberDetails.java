package uk.cmlnetwork.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.Region;

/** The details a member gives about themselves, when joining and when editing their profile. */
public record MemberDetails(
        @NotBlank(message = "Enter your full name")
        @Size(max = 120, message = "Your name must be 120 characters or fewer") String name,
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the correct format, like name@example.org")
        @Size(max = 254, message = "Your email address must be 254 characters or fewer") String email,
        @NotNull(message = "Choose which of the four member categories describes you") MemberCategory category,
        @Size(max = 200, message = "The organisation name must be 200 characters or fewer") String organisation,
        Region region,
        LibraryId libraryId,
        @Size(max = 200, message = "The library name must be 200 characters or fewer") String unlistedLibrary) {

    public MemberDetails {
        // People paste addresses with spaces around them; that is not a mistake worth refusing.
        email = email == null ? null : email.strip();
    }
}
