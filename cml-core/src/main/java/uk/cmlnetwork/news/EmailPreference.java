package uk.cmlnetwork.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's choice for one kind of news; without one, the kind's usual frequency applies. */
@Entity
@Table(name = "email_preference")
public class EmailPreference {
    @Id
    @Column(name = "preference_key", length = 80)
    private String key;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NewsKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 20)
    private Frequency frequency;

    protected EmailPreference() {
    }

    EmailPreference(String memberId, NewsKind kind, Frequency frequency) {
        this.key = keyOf(memberId, kind);
        this.memberId = memberId;
        this.kind = kind;
        this.frequency = frequency;
    }

    static String keyOf(String memberId, NewsKind kind) {
        return memberId + ":" + kind.name();
    }

    public NewsKind kind() {
        return kind;
    }

    public Frequency frequency() {
        return frequency;
    }

    void change(Frequency frequency) {
        this.frequency = frequency;
    }
}
