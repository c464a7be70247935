package uk.cmlnetwork.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One session in a conference's agenda. */
public record AddSession(
        @NotNull(message = "Enter when the session starts") Instant startsAt,
        @NotNull(message = "Enter when the session ends") Instant endsAt,
        @NotBlank(message = "Enter the title of the session")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 400, message = "The speakers must be 400 characters or fewer") String speakers,
        @Size(max = 120, message = "The room must be 120 characters or fewer") String room) {
}
