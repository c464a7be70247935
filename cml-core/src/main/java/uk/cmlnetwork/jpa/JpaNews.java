package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.news.DigestPeriod;
import uk.cmlnetwork.news.DigestSent;
import uk.cmlnetwork.news.EmailPreference;
import uk.cmlnetwork.news.Frequency;
import uk.cmlnetwork.news.News;
import uk.cmlnetwork.news.NewsItem;
import uk.cmlnetwork.news.NewsKind;

public class JpaNews implements News {
    private final EntityManager em;

    public JpaNews(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<EmailPreference> preference(String memberId, NewsKind kind) {
        return Optional.ofNullable(em.find(EmailPreference.class, memberId + ":" + kind.name()));
    }

    @Override
    public void store(EmailPreference preference) {
        em.persist(preference);
    }

    @Override
    public void store(NewsItem item) {
        em.persist(item);
    }

    @Override
    public List<String> membersWaiting(DigestPeriod period, int limit) {
        return em.createQuery("select distinct n.memberId from NewsItem n where n.sentIn is null and n.frequency = :frequency"
                        + " and not exists (select d from DigestSent d where d.memberId = n.memberId and d.period = :period)"
                        + " order by n.memberId", String.class)
                .setParameter("frequency", period.frequency())
                .setParameter("period", period.key())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<NewsItem> waiting(String memberId, Frequency frequency) {
        return em.createQuery("select n from NewsItem n where n.memberId = :member and n.frequency = :frequency"
                        + " and n.sentIn is null order by n.kind, n.createdAt, n.id", NewsItem.class)
                .setParameter("member", memberId)
                .setParameter("frequency", frequency)
                .getResultList();
    }

    @Override
    public void store(DigestSent sent) {
        em.persist(sent);
        em.flush(); // a second email for the same member and period fails here, on the key
    }

    @Override
    public void forgetMember(String memberId) {
        em.createQuery("delete from NewsItem n where n.memberId = :member").setParameter("member", memberId).executeUpdate();
        em.createQuery("delete from EmailPreference p where p.memberId = :member").setParameter("member", memberId).executeUpdate();
        em.createQuery("delete from DigestSent d where d.memberId = :member").setParameter("member", memberId).executeUpdate();
    }
}
