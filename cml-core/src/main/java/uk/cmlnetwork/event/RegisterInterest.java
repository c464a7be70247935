package uk.cmlnetwork.event;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Someone asking to be told when an announced event opens for booking. */
public record RegisterInterest(
        @NotNull(message = "Choose an event") EventId eventId,
        @NotBlank(message = "Enter your full name")
        @Size(max = 120, message = "Your name must be 120 characters or fewer") String name,
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the correct format, like name@example.org")
        @Size(max = 254, message = "Your email address must be 254 characters or fewer") String email) {

    public RegisterInterest {
        email = email == null ? null : email.strip();
    }
}
