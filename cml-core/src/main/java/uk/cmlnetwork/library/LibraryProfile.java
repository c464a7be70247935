package uk.cmlnetwork.library;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What a library's editor keeps up to date. The community library fields (stage onwards) are kept
 * only for community managed libraries.
 */
public record LibraryProfile(
        @NotBlank(message = "Enter the library's name")
        @Size(max = 200, message = "The library's name must be 200 characters or fewer") String name,
        @Size(max = 400, message = "The address must be 400 characters or fewer") String address,
        String postcode,
        @Size(max = 400, message = "The website address must be 400 characters or fewer")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "Enter the website as a full address starting with https:// (or http://)")
        String website,
        @Email(message = "Enter the contact email in the correct format, like name@example.org")
        @Size(max = 254, message = "The contact email must be 254 characters or fewer") String contactEmail,
        LibraryStage stage,
        LegalForm legalForm,
        AssetTransfer assetTransfer,
        @Min(value = 0, message = "The number of volunteers cannot be negative")
        @Max(value = 10000, message = "The number of volunteers must be 10,000 or fewer") Integer volunteers,
        @Size(max = 1000, message = "The services must be 1,000 characters or fewer") String services,
        Set<Outcome> outcomes,
        @Size(max = 40, message = "The phone number must be 40 characters or fewer")
        @Pattern(regexp = "^[0-9 +()-]*$", message = "Enter the phone number in digits, like 01934 862 000")
        String phone,
        @Size(max = 1000, message = "The accessibility notes must be 1,000 characters or fewer") String accessibility,
        @Size(max = 500, message = "The special opening hours must be 500 characters or fewer") String specialHours,
        List<DayHours> hours,
        @Size(max = 200, message = "How the library is run must be 200 characters or fewer") String model) {

    /** A profile with visiting details but without the library's model (kept as it is). */
    public LibraryProfile(String name, String address, String postcode, String website, String contactEmail,
                          LibraryStage stage, LegalForm legalForm, AssetTransfer assetTransfer, Integer volunteers,
                          String services, Set<Outcome> outcomes, String phone, String accessibility, String specialHours,
                          List<DayHours> hours) {
        this(name, address, postcode, website, contactEmail, stage, legalForm, assetTransfer, volunteers, services, outcomes,
                phone, accessibility, specialHours, hours, null);
    }

    /** A profile without the visiting details (phone, accessibility, hours): those are left as they are. */
    public LibraryProfile(String name, String address, String postcode, String website, String contactEmail,
                          LibraryStage stage, LegalForm legalForm, AssetTransfer assetTransfer, Integer volunteers,
                          String services, Set<Outcome> outcomes) {
        this(name, address, postcode, website, contactEmail, stage, legalForm, assetTransfer, volunteers, services, outcomes,
                null, null, null, null, null);
    }

    /** Whether the profile carries the library's model (the profile page's does; else it is kept). */
    public boolean hasModel() {
        return model != null;
    }

    /** Whether the profile carries the visiting details (else they are kept). */
    public boolean hasVisitingDetails() {
        return hours != null;
    }
}
