package uk.cmlnetwork.library;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.cmlnetwork.shared.Region;

/** A library to add to the directory. */
public record AddLibrary(
        @NotBlank(message = "Enter the library's name")
        @Size(max = 200, message = "The library's name must be 200 characters or fewer") String name,
        @Size(max = 400, message = "The address must be 400 characters or fewer") String address,
        String postcode,
        @Size(max = 120, message = "The local authority must be 120 characters or fewer") String localAuthority,
        Region region,
        @NotNull(message = "Choose how the library is run") ManagementType managementType,
        LibraryStage stage,
        @Size(max = 400, message = "The website address must be 400 characters or fewer")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "Enter the website as a full address starting with https:// (or http://)")
        String website,
        @Email(message = "Enter the contact email in the correct format, like name@example.org")
        @Size(max = 254, message = "The contact email must be 254 characters or fewer") String contactEmail) {
}
