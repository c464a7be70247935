package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

public class JpaTopics implements Topics {
    private final EntityManager em;

    public JpaTopics(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Topic> all() {
        return em.createQuery("select t from Topic t order by t.name", Topic.class).getResultList();
    }

    @Override
    public List<Topic> withCodes(Collection<String> codes) {
        return em.createQuery("select t from Topic t where t.code in :codes order by t.name", Topic.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    @Override
    public void store(Topic topic) {
        em.persist(topic);
    }
}
