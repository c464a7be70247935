package uk.cmlnetwork.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret the site keeps in its database, so that every server of one site shares it (e.g. to sign links). */
@Entity
@Table(name = "site_key")
public class SiteKey {
    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    protected SiteKey() {
    }

    SiteKey(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
