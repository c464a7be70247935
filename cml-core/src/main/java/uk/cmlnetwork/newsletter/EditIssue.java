package uk.cmlnetwork.newsletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A coordinator's changes to a draft: its title, intro, and which drafted items (by position) go out. */
public record EditIssue(
        @NotBlank(message = "Enter a title for the issue")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 20000, message = "The introduction must be 20,000 characters or fewer") String intro,
        Set<Integer> includedItems) {
    public EditIssue {
        includedItems = includedItems == null ? Set.of() : Set.copyOf(includedItems);
    }
}
