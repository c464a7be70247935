package uk.cmlnetwork.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A resource a coordinator publishes for members. */
public record PublishResource(
        @NotBlank(message = "Enter a title for the resource")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 2000, message = "The summary must be 2000 characters or fewer") String summary,
        @NotNull(message = "Choose what kind of resource this is") ResourceKind kind,
        List<String> topicCodes,
        @NotBlank(message = "Enter the address of the resource")
        @Size(max = 1000, message = "The address must be 1000 characters or fewer")
        @Pattern(regexp = "^https?://\\S+$", message = "Enter the address as a full web address starting with https://")
        String url) {
}
