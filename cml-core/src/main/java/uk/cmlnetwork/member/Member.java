package uk.cmlnetwork.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import uk.cmlnetwork.shared.Region;

/** A person who has joined the network. */
@Entity
@Table(name = "member")
public class Member {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String name;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private MemberCategory category;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private Region region;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Member() {
    }

    Member(MemberId id, String name, String email, MemberCategory category, String organisation,
           Region region, Instant joinedAt) {
        this.id = id.value();
        this.name = name.strip();
        this.email = normaliseEmail(email);
        this.category = category;
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.region = region;
        this.joinedAt = joinedAt;
    }

    /** Emails are compared without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public MemberId id() {
        return new MemberId(id);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public MemberCategory category() {
        return category;
    }

    public String organisation() {
        return organisation;
    }

    public Region region() {
        return region;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
