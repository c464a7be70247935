package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MemberToken;
import uk.cmlnetwork.member.MemberTokens;
import uk.cmlnetwork.member.TokenPurpose;

public class JpaMemberTokens implements MemberTokens {
    private final EntityManager em;

    public JpaMemberTokens(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(MemberToken token) {
        em.persist(token);
    }

    @Override
    public Optional<MemberToken> findByHash(String tokenHash) {
        return Optional.ofNullable(em.find(MemberToken.class, tokenHash));
    }

    @Override
    public void useAllFor(MemberId member, TokenPurpose purpose, Instant now) {
        em.createQuery("update MemberToken t set t.usedAt = :now, t.version = t.version + 1"
                        + " where t.memberId = :member and t.purpose = :purpose and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("member", member.value())
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
