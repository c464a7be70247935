package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.cmlnetwork.shared.Topic;

/**
 * What a member has been through and could advise on: topics from the network's list ("Community Asset
 * Transfer") and their own words ("Summer Reading Challenge"), so that questions reach them.
 */
@Entity
@Table(name = "member_experience")
public class Experience {
    /** The most words of their own a member records. */
    public static final int MOST_TAGS = 10;

    @Id
    @Column(name = "member_id", length = 36)
    private String memberId;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "member_experience_topic",
            joinColumns = @JoinColumn(name = "member_id", referencedColumnName = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_code", referencedColumnName = "code"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    /** The member's own words, one tag per line. */
    @Column(name = "tags", length = 1000)
    private String tags;

    protected Experience() {
    }

    Experience(String memberId) {
        this.memberId = memberId;
    }

    void record(List<Topic> topics, List<String> tags) {
        this.topics = new ArrayList<>(topics);
        this.tags = tags.isEmpty() ? null : String.join("\n", tags);
    }

    public String memberId() {
        return memberId;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    public List<String> tags() {
        return tags == null ? List.of() : Arrays.asList(tags.split("\n"));
    }

    /**
     * The first of the member's own tags that the text mentions, or null: the text holds each word of
     * the tag of three letters or more, a plural's "s" aside ("leases" is mentioned by "a lease").
     */
    String tagMentionedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return tags().stream().filter(tag -> mentions(lower, tag)).findFirst().orElse(null);
    }

    private static boolean mentions(String lowerText, String tag) {
        List<String> words = Arrays.stream(tag.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3)
                .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .toList();
        return !words.isEmpty() && words.stream().allMatch(lowerText::contains);
    }
}
