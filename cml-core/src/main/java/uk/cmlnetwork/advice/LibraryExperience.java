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
import java.util.List;
import uk.cmlnetwork.shared.Topic;

/**
 * What a library has been through ("we took on our building by Community Asset Transfer"), recorded by
 * its editors: questions about it reach the library's members.
 */
@Entity
@Table(name = "library_experience")
public class LibraryExperience {
    @Id
    @Column(name = "library_id", length = 36)
    private String libraryId;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "library_experience_topic",
            joinColumns = @JoinColumn(name = "library_id", referencedColumnName = "library_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_code", referencedColumnName = "code"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    protected LibraryExperience() {
    }

    LibraryExperience(String libraryId) {
        this.libraryId = libraryId;
    }

    void record(List<Topic> topics) {
        this.topics = new ArrayList<>(topics);
    }

    public String libraryId() {
        return libraryId;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }
}
