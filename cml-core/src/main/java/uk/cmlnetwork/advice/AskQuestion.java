package uk.cmlnetwork.advice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a member asks the network: the body is Markdown; their library's situation is attached if they say so. */
public record AskQuestion(
        @NotBlank(message = "Enter your question in a few words, like How did you insure your building?")
        @Size(min = 10, max = 200, message = "The question must be between 10 and 200 characters") String title,
        @NotBlank(message = "Say more about your question: what you have tried, what you need to know")
        @Size(max = 20000, message = "The details must be 20,000 characters or fewer") String body,
        List<String> topicCodes,
        boolean attachSituation) {
}
