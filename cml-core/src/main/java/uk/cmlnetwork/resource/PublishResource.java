package uk.cmlnetwork.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.member.MemberCategory;

/**
 * A resource a coordinator publishes for members: a web address, or a file uploaded with it. The
 * outcomes are the Libraries Deliver outcomes it helps with; the audiences the member categories
 * it is for (none means everyone); the event the one it came from, if any.
 */
public record PublishResource(
        @NotBlank(message = "Enter a title for the resource")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 2000, message = "The summary must be 2000 characters or fewer") String summary,
        @NotNull(message = "Choose what kind of resource this is") ResourceKind kind,
        List<String> topicCodes,
        @Size(max = 1000, message = "The address must be 1000 characters or fewer")
        @Pattern(regexp = "^https://\\S+$", message = "Enter the address as a full web address starting with https://")
        String url,
        Set<Outcome> outcomes,
        Set<MemberCategory> audiences,
        String eventId,
        @Valid FundingDetails funding) {

    public PublishResource {
        url = url == null || url.isBlank() ? null : url.strip();
        eventId = eventId == null || eventId.isBlank() ? null : eventId;
        topicCodes = topicCodes == null ? List.of() : List.copyOf(topicCodes);
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        funding = funding == null ? FundingDetails.NONE : funding;
    }

    /** A link for everyone, with no outcomes, event or funding. */
    public PublishResource(String title, String summary, ResourceKind kind, List<String> topicCodes, String url) {
        this(title, summary, kind, topicCodes, url, Set.of(), Set.of(), null, FundingDetails.NONE);
    }
}
