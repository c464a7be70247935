package uk.cmlnetwork.newsletter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public newsletter sign-up form. */
public record SignUp(
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the right format, like name@example.org")
        @Size(max = 254, message = "The email address must be 254 characters or fewer") String email,
        @Size(max = 120, message = "Your name must be 120 characters or fewer") String name) {
    public SignUp {
        email = email == null ? null : email.strip();
    }
}
