package uk.cmlnetwork.library;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.cmlnetwork.shared.Region;

/**
 * What a member suggests. For a correction, a blank field means "leave as it is" and the note says
 * what else is wrong; for a missing library, the name and how it is run are needed.
 */
public record SuggestLibraryChange(
        @Size(max = 200, message = "The library's name must be 200 characters or fewer") String name,
        @Size(max = 400, message = "The address must be 400 characters or fewer") String address,
        String postcode,
        @Size(max = 120, message = "The library authority must be 120 characters or fewer") String localAuthority,
        Region region,
        ManagementType managementType,
        @Size(max = 400, message = "The website address must be 400 characters or fewer")
        @Pattern(regexp = "^(https://\\S+)?$", message = "Enter the website as a full address starting with https://")
        String website,
        @Email(message = "Enter the contact email in the correct format, like name@example.org")
        @Size(max = 254, message = "The contact email must be 254 characters or fewer") String contactEmail,
        @NotBlank(message = "Say what should change, or what you know about the library, so the reviewer can check it")
        @Size(max = 2000, message = "The note must be 2,000 characters or fewer") String note) {
}
