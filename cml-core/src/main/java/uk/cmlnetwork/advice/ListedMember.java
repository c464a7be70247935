package uk.cmlnetwork.advice;

import java.util.List;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.Topic;

/**
 * A member in the member directory, with what the network shows of them there and in "People who may
 * know": their library (its name and how it is run) and the topics they have experience of.
 */
public record ListedMember(Member member, String library, ManagementType libraryType, List<Topic> experience) {
}
