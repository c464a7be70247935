package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.Members;

public class JpaMembers implements Members {
    private final EntityManager em;

    public JpaMembers(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Member member) {
        em.persist(member);
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(em.find(Member.class, id.value()));
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }
}
