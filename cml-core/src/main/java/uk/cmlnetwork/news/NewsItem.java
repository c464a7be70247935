package uk.cmlnetwork.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One piece of news waiting for a member's daily or weekly email. */
@Entity
@Table(name = "news_item")
public class NewsItem {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NewsKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The period of the email it went in (e.g. "daily 2026-12-03"), null while it waits. */
    @Column(name = "sent_in", length = 40)
    private String sentIn;

    protected NewsItem() {
    }

    NewsItem(String memberId, NewsKind kind, Frequency frequency, String subject, String text, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.memberId = memberId;
        this.kind = kind;
        this.frequency = frequency;
        this.subject = subject;
        this.text = text;
        this.createdAt = createdAt;
    }

    public NewsKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    void sentIn(String period) {
        this.sentIn = period;
    }
}
