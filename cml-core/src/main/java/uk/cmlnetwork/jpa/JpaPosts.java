package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.post.PostId;
import uk.cmlnetwork.post.PostStatus;
import uk.cmlnetwork.post.Posts;

public class JpaPosts implements Posts {
    private final EntityManager em;

    public JpaPosts(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Post post) {
        em.persist(post);
    }

    @Override
    public void remove(Post post) {
        em.remove(post);
    }

    @Override
    public Optional<Post> find(PostId id) {
        return Optional.ofNullable(em.find(Post.class, id.value()));
    }

    @Override
    public List<Post> publishedMatching(String words, int limit) {
        return em.createQuery("select p from Post p where p.status = :published and (lower(p.title) like :words"
                        + " or lower(p.body) like :words) order by p.publishedAt desc, p.id", Post.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("words", Like.containing(words))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Post> published(String topicCode, LibraryId library, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Post p where p.status = :published");
        if (topicCode != null) {
            jpql.append(" and exists (select t from Post q join q.topics t where q = p and t.code = :topic)");
        }
        if (library != null) {
            jpql.append(" and p.libraryId = :library");
        }
        jpql.append(" order by p.publishedAt desc, p.id");
        TypedQuery<Post> query = em.createQuery(jpql.toString(), Post.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setMaxResults(limit);
        if (topicCode != null) {
            query.setParameter("topic", topicCode);
        }
        if (library != null) {
            query.setParameter("library", library.value());
        }
        return query.getResultList();
    }

    @Override
    public List<Post> inReview() {
        return em.createQuery("select p from Post p where p.status = :review order by p.submittedAt, p.id", Post.class)
                .setParameter("review", PostStatus.IN_REVIEW)
                .getResultList();
    }

    @Override
    public List<Post> writtenBy(String writerId) {
        return em.createQuery("select p from Post p where p.writerId = :writer order by p.updatedAt desc, p.id", Post.class)
                .setParameter("writer", writerId)
                .getResultList();
    }
}
