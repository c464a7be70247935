package uk.cmlnetwork.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A subject the network's events and resources are about, e.g. "Community Asset Transfer". */
@Entity
@Table(name = "topic")
public class Topic {
    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    protected Topic() {
    }

    public Topic(String code, String name) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topic t && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
