package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.advice.Experience;
import uk.cmlnetwork.advice.Follow;
import uk.cmlnetwork.advice.LibraryExperience;
import uk.cmlnetwork.advice.PeerCandidate;
import uk.cmlnetwork.advice.Peers;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.shared.Topic;

public class JpaPeers implements Peers {
    private final EntityManager em;

    public JpaPeers(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean follows(String key) {
        return em.find(Follow.class, key) != null;
    }

    @Override
    public void store(Follow follow) {
        em.persist(follow);
    }

    @Override
    public void unfollow(String key) {
        Follow follow = em.find(Follow.class, key);
        if (follow != null) {
            em.remove(follow);
        }
    }

    @Override
    public List<String> followersOf(QuestionId question) {
        return em.createQuery("select f.memberId from Follow f where f.questionId = :question order by f.followedAt", String.class)
                .setParameter("question", question.value())
                .getResultList();
    }

    @Override
    public List<String> followersOfTopics(Collection<String> topicCodes) {
        return em.createQuery("select distinct f.memberId from Follow f where f.topicCode in :codes", String.class)
                .setParameter("codes", List.copyOf(topicCodes))
                .getResultList();
    }

    @Override
    public List<Topic> topicsFollowedBy(String memberId) {
        return em.createQuery("select t from Topic t where t.code in (select f.topicCode from Follow f where f.memberId = :member)"
                        + " order by t.name", Topic.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public Optional<Experience> experienceOf(String memberId) {
        return Optional.ofNullable(em.find(Experience.class, memberId));
    }

    @Override
    public void store(Experience experience) {
        em.persist(experience);
    }

    @Override
    public List<Experience> experienceFor(Collection<String> topicCodes) {
        if (topicCodes.isEmpty()) {
            return em.createQuery("select e from Experience e where e.tags is not null order by e.memberId", Experience.class)
                    .getResultList();
        }
        return em.createQuery("select e from Experience e where e.tags is not null or exists"
                        + " (select t from Experience x join x.topics t where x = e and t.code in :codes) order by e.memberId",
                        Experience.class)
                .setParameter("codes", List.copyOf(topicCodes))
                .getResultList();
    }

    @Override
    public Optional<LibraryExperience> libraryExperienceOf(String libraryId) {
        return Optional.ofNullable(em.find(LibraryExperience.class, libraryId));
    }

    @Override
    public void store(LibraryExperience experience) {
        em.persist(experience);
    }

    @Override
    public List<LibraryExperience> librariesExperiencedIn(Collection<String> topicCodes) {
        return em.createQuery("select e from LibraryExperience e where exists (select t from LibraryExperience x"
                        + " join x.topics t where x = e and t.code in :codes) order by e.libraryId", LibraryExperience.class)
                .setParameter("codes", List.copyOf(topicCodes))
                .getResultList();
    }

    @Override
    public List<PeerCandidate> membersOf(Collection<String> libraryIds) {
        if (libraryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m, l from MemberAccount m, Library l where l.id = m.libraryId and m.status = :active"
                        + " and l.id in :libraries order by l.name, m.id", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("libraries", InList.padded(List.copyOf(libraryIds)))
                .getResultList().stream().map(JpaPeers::candidate).toList();
    }

    @Override
    public List<PeerCandidate> candidates(Collection<String> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m, l from MemberAccount m left join Library l on l.id = m.libraryId"
                        + " where m.id in :ids and m.status = :active", Object[].class)
                .setParameter("ids", InList.padded(List.copyOf(memberIds)))
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList().stream().map(JpaPeers::candidate).toList();
    }

    @Override
    public List<PeerCandidate> atLibrariesLike(ManagementType type, LibraryStage stage) {
        return em.createQuery("select m, l from MemberAccount m, Library l where l.id = m.libraryId and m.status = :active"
                        + " and l.managementType = :type and l.stage = :stage order by m.id", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("type", type)
                .setParameter("stage", stage)
                .getResultList().stream().map(JpaPeers::candidate).toList();
    }

    private static PeerCandidate candidate(Object[] row) {
        Member member = (Member) row[0];
        Library library = (Library) row[1];
        return new PeerCandidate(member.id().value(), member.name(), member.directoryConsent().isGiven(),
                library == null ? null : library.id().value(), library == null ? null : library.name(), library == null ? null : library.region(),
                library == null ? null : library.location());
    }

    @Override
    public void forgetMember(String memberId) {
        em.createQuery("delete from Follow f where f.memberId = :member").setParameter("member", memberId).executeUpdate();
        Experience experience = em.find(Experience.class, memberId);
        if (experience != null) {
            em.remove(experience);
        }
    }
}
