package uk.cmlnetwork.advice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.Location;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/**
 * Brings a question to the members most likely to know: those who follow its topics, those who
 * recorded experience of them (or whose library's editors did), and members at libraries like the asker's (same management type and
 * stage, then the same region, then the nearest). Members follow questions and topics here, and
 * record their experience. The caller owns the transaction, and tells each member within their choices.
 */
public class PeerRouting {
    /** How many members at libraries like the asker's hear of a new question. */
    public static final int LIKE_LIBRARIES = 10;

    private final Peers peers;
    private final Members members;
    private final Libraries libraries;
    private final Topics topics;
    private final Clock clock;

    public PeerRouting(Peers peers, Members members, Libraries libraries, Topics topics, Clock clock) {
        this.peers = peers;
        this.members = members;
        this.libraries = libraries;
        this.topics = topics;
        this.clock = clock;
    }

    public void follow(Member member, QuestionId question) {
        String key = Follow.questionKey(member.id().value(), question);
        if (!peers.follows(key)) {
            peers.store(Follow.ofQuestion(member.id().value(), question, clock.instant()));
        }
    }

    public void unfollow(Member member, QuestionId question) {
        peers.unfollow(Follow.questionKey(member.id().value(), question));
    }

    public boolean follows(Member member, QuestionId question) {
        return peers.follows(Follow.questionKey(member.id().value(), question));
    }

    /** A duplicate was merged into the question kept: its followers follow the kept one. */
    public void moveFollowers(QuestionId duplicate, QuestionId kept) {
        for (String member : peers.followersOf(duplicate)) {
            if (!peers.follows(Follow.questionKey(member, kept))) {
                peers.store(Follow.ofQuestion(member, kept, clock.instant()));
            }
        }
    }

    public List<String> followersOf(QuestionId question) {
        return peers.followersOf(question);
    }

    public List<Topic> topicsFollowedBy(Member member) {
        return peers.topicsFollowedBy(member.id().value());
    }

    /** The member follows exactly these topics from now on. */
    public void followTopics(Member member, List<String> topicCodes) {
        List<Topic> chosen = topics.chosen(topicCodes);
        String memberId = member.id().value();
        for (Topic old : peers.topicsFollowedBy(memberId)) {
            if (!chosen.contains(old)) {
                peers.unfollow(Follow.topicKey(memberId, old.code()));
            }
        }
        for (Topic topic : chosen) {
            if (!peers.follows(Follow.topicKey(memberId, topic.code()))) {
                peers.store(Follow.ofTopic(memberId, topic.code(), clock.instant()));
            }
        }
    }

    public Experience experienceOf(Member member) {
        return peers.experienceOf(member.id().value()).orElseGet(() -> new Experience(member.id().value()));
    }

    /**
     * Records what the member has experience of: topics from the network's list, and words of their own
     * (one per line or separated by commas, each up to 60 characters, at most {@link Experience#MOST_TAGS}).
     */
    public Experience recordExperience(Member member, List<String> topicCodes, String ownWords) {
        List<String> tags = ownWords == null ? List.of() : Arrays.stream(ownWords.split("[,\\n\\r]+"))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        Map<String, String> problems = new LinkedHashMap<>();
        List<Topic> chosen = List.of();
        try {
            chosen = topics.chosen(topicCodes);
        } catch (InvalidInput unknown) {
            problems.putAll(unknown.problems());
        }
        if (tags.size() > Experience.MOST_TAGS) {
            problems.put("tags", "Write " + Experience.MOST_TAGS + " things or fewer in your own words");
        } else if (tags.stream().anyMatch(t -> t.length() > 60 || t.length() < 3)) {
            problems.put("tags", "Each thing in your own words must be 3 to 60 characters long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Experience experience = peers.experienceOf(member.id().value()).orElse(null);
        if (experience == null) {
            experience = new Experience(member.id().value());
            experience.record(chosen, tags);
            peers.store(experience);
        } else {
            experience.record(chosen, tags);
        }
        return experience;
    }

    public List<Topic> libraryExperienceOf(LibraryId library) {
        return peers.libraryExperienceOf(library.value()).map(LibraryExperience::topics).orElse(List.of());
    }

    /** A library's editor (or a coordinator) records what the library has been through. */
    public void recordLibraryExperience(Member by, LibraryId library, List<String> topicCodes) {
        if (!by.mayLookAfter(library)) {
            throw new DomainException("Only the library's editors, or a coordinator, record its experience");
        }
        List<Topic> chosen = topics.chosen(topicCodes);
        LibraryExperience experience = peers.libraryExperienceOf(library.value()).orElse(null);
        if (experience == null) {
            experience = new LibraryExperience(library.value());
            experience.record(chosen);
            peers.store(experience);
        } else {
            experience.record(chosen);
        }
    }

    /**
     * The members to tell of a new question, each with the reason they are told: followers of its topics,
     * members with experience of them, then members at libraries like the asker's (only if the asker
     * attached their library's situation). Never the asker.
     */
    public Map<String, String> whoToTell(Question question) {
        Map<String, String> told = new LinkedHashMap<>();
        List<String> codes = question.topics().stream().map(Topic::code).toList();
        if (!codes.isEmpty()) {
            Set<String> followers = Set.copyOf(peers.followersOfTopics(codes));
            for (String member : followers) {
                told.putIfAbsent(member, "You follow " + names(question.topics()) + ".");
            }
        }
        for (Experience experience : peers.experienceFor(codes)) {
            String reason = experienceReason(experience, question);
            if (reason != null) {
                told.putIfAbsent(experience.memberId(), "You " + reason + ".");
            }
        }
        libraryExperience(question).forEach((peer, shared) -> told.putIfAbsent(peer.memberId(),
                "Your library has experience of " + shared + "."));
        for (PeerCandidate peer : likeLibraries(question, LIKE_LIBRARIES)) {
            told.putIfAbsent(peer.memberId(), "Your library is like the asker's (" + question.situation().describe() + ").");
        }
        told.remove(question.askerId());
        return told;
    }

    /**
     * Members in the member directory who may know the answer, for the asker: first those with
     * experience of it, then members at libraries like theirs.
     */
    public List<Peer> peopleWhoMayKnow(Question question, int limit) {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<Experience> experienced = peers.experienceFor(question.topics().stream().map(Topic::code).toList());
        for (Experience experience : experienced) {
            String reason = experienceReason(experience, question);
            if (reason != null && reason.startsWith("have")) { // a shared topic first, then their own words
                reasons.putIfAbsent(experience.memberId(), capitalised(reason));
            }
        }
        for (Experience experience : experienced) {
            String reason = experienceReason(experience, question);
            if (reason != null) {
                reasons.putIfAbsent(experience.memberId(), capitalised(reason));
            }
        }
        List<PeerCandidate> found = new ArrayList<>(peers.candidates(reasons.keySet()));
        found.sort(Comparator.comparing(c -> List.copyOf(reasons.keySet()).indexOf(c.memberId())));
        libraryExperience(question).forEach((peer, shared) -> {
            if (!reasons.containsKey(peer.memberId())) {
                reasons.put(peer.memberId(), "Their library has experience of " + shared);
                found.add(peer);
            }
        });
        for (PeerCandidate like : likeLibraries(question, LIKE_LIBRARIES)) {
            if (!reasons.containsKey(like.memberId())) {
                reasons.put(like.memberId(), "At a library like yours");
                found.add(like);
            }
        }
        return found.stream()
                .filter(c -> c.listed() && !c.memberId().equals(question.askerId()))
                .limit(limit)
                .map(c -> new Peer(c.memberId(), c.name(), c.library(), reasons.get(c.memberId())))
                .toList();
    }

    public void forgetMember(String memberId) {
        peers.forgetMember(memberId);
    }

    /** "have experience of X" (a shared topic) or "wrote that you know about Y" (their own word in the question), or null. */
    private static String experienceReason(Experience experience, Question question) {
        List<Topic> shared = experience.topics().stream().filter(question.topics()::contains).toList();
        if (!shared.isEmpty()) {
            return "have experience of " + names(shared);
        }
        String tag = experience.tagMentionedIn(question.title() + "\n" + question.body());
        return tag == null ? null : "know about " + tag;
    }

    /** Members of libraries whose editors recorded experience of the question's topics, with the topics shared. */
    private Map<PeerCandidate, String> libraryExperience(Question question) {
        List<String> codes = question.topics().stream().map(Topic::code).toList();
        Map<PeerCandidate, String> found = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        Map<String, String> sharedByLibrary = new LinkedHashMap<>();
        for (LibraryExperience library : peers.librariesExperiencedIn(codes)) {
            sharedByLibrary.put(library.libraryId(), names(library.topics().stream().filter(question.topics()::contains).toList()));
        }
        for (PeerCandidate member : peers.membersOf(sharedByLibrary.keySet())) {
            found.put(member, sharedByLibrary.get(member.libraryId()));
        }
        return found;
    }

    /** Members at libraries like the asker's: same management type and stage, the same region first, then the nearest. */
    private List<PeerCandidate> likeLibraries(Question question, int limit) {
        LibrarySituation situation = question.situation();
        if (situation == null || situation.managementType() == null || situation.stage() == null) {
            return List.of();
        }
        Location here = askersLibraryLocation(question);
        Comparator<PeerCandidate> order = Comparator.comparing((PeerCandidate c) -> c.region() != situation.region())
                .thenComparingDouble(c -> here == null || c.location() == null ? Double.MAX_VALUE : here.milesTo(c.location()));
        return peers.atLibrariesLike(situation.managementType(), situation.stage()).stream()
                .filter(c -> !c.memberId().equals(question.askerId()))
                .sorted(order)
                .limit(limit)
                .toList();
    }

    private Location askersLibraryLocation(Question question) {
        if (question.askerId() == null) {
            return null;
        }
        return members.find(new MemberId(question.askerId()))
                .map(Member::libraryId)
                .flatMap(libraries::find)
                .map(Library::location)
                .orElse(null);
    }

    private static String names(List<Topic> topics) {
        return topics.stream().map(Topic::name).collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
