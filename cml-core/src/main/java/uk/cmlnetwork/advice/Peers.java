package uk.cmlnetwork.advice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.Topic;

/** Where follows and members' experience are kept, and the network's members are found as peers. */
public interface Peers {
    boolean follows(String key);

    void store(Follow follow);

    void unfollow(String key);

    /** Members following the question. */
    List<String> followersOf(QuestionId question);

    /** Members following any of these topics. */
    List<String> followersOfTopics(Collection<String> topicCodes);

    List<Topic> topicsFollowedBy(String memberId);

    Optional<Experience> experienceOf(String memberId);

    void store(Experience experience);

    /** Experience naming any of these topics, or with tags of the member's own. */
    List<Experience> experienceFor(Collection<String> topicCodes);

    Optional<LibraryExperience> libraryExperienceOf(String libraryId);

    void store(LibraryExperience experience);

    /** Libraries whose recorded experience names any of these topics. */
    List<LibraryExperience> librariesExperiencedIn(Collection<String> topicCodes);

    /** Active members of these libraries, each with their library. */
    List<PeerCandidate> membersOf(Collection<String> libraryIds);

    /** Active members, each with their library. */
    List<PeerCandidate> candidates(Collection<String> memberIds);

    /** Active members at libraries of this management type and stage. */
    List<PeerCandidate> atLibrariesLike(ManagementType type, LibraryStage stage);

    /** The member erased their account: their follows and experience go. */
    void forgetMember(String memberId);
}
