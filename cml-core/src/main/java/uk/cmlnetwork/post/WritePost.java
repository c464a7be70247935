package uk.cmlnetwork.post;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;

/** What a member writes: the body is Markdown. */
public record WritePost(
        @NotBlank(message = "Enter a title for the post")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotBlank(message = "Enter how you want to be named on the post, like Jo Smith, volunteer")
        @Size(max = 120, message = "How you are named must be 120 characters or fewer") String byline,
        LibraryId library,
        List<String> topicCodes,
        @NotBlank(message = "Write the post")
        @Size(max = 50000, message = "The post must be 50,000 characters or fewer") String body) {
}
