package uk.cmlnetwork.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member asks to use a new email address, proving it is them with their password. */
public record ChangeEmail(
        @NotBlank(message = "Enter your new email address")
        @Email(message = "Enter an email address in the correct format, like name@example.org")
        @Size(max = 254, message = "Your email address must be 254 characters or fewer") String newEmail,
        String password) {

    public ChangeEmail {
        newEmail = newEmail == null ? null : newEmail.strip();
    }
}
