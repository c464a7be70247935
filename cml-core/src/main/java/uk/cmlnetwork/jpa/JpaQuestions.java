package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.AnswerId;
import uk.cmlnetwork.advice.HelpedMark;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.advice.Questions;
import uk.cmlnetwork.advice.ReplyAddress;
import uk.cmlnetwork.advice.Report;
import uk.cmlnetwork.advice.Visibility;
import uk.cmlnetwork.shared.Region;

public class JpaQuestions implements Questions {
    private final EntityManager em;

    public JpaQuestions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Question question) {
        em.persist(question);
    }

    @Override
    public Optional<Question> find(QuestionId id) {
        return Optional.ofNullable(em.find(Question.class, id.value()));
    }

    // Only the conditions asked for go into the query, each as a bound parameter.
    @Override
    public List<Question> list(QuestionList which, String topicCode, Region region, String words, int limit) {
        StringBuilder jpql = new StringBuilder("select q from Question q where q.moderation.visibility = :shown and q.mergedInto is null");
        switch (which) {
            case UNANSWERED -> jpql.append(" and q.answerCount = 0");
            case UNSOLVED -> jpql.append(" and q.solutionId is null");
            case SOLVED -> jpql.append(" and q.solutionId is not null");
            default -> { }
        }
        if (topicCode != null) {
            jpql.append(" and exists (select t from Question x join x.topics t where x = q and t.code = :topic)");
        }
        if (region != null) {
            jpql.append(" and q.region = :region");
        }
        if (words != null) {
            jpql.append(" and (lower(q.title) like :words or lower(q.body) like :words)");
        }
        jpql.append(" order by q.askedAt desc, q.id");
        TypedQuery<Question> query = em.createQuery(jpql.toString(), Question.class).setMaxResults(limit)
                .setParameter("shown", Visibility.SHOWN);
        if (topicCode != null) {
            query.setParameter("topic", topicCode);
        }
        if (region != null) {
            query.setParameter("region", region);
        }
        if (words != null) {
            query.setParameter("words", Like.containing(words.toLowerCase(Locale.ROOT)));
        }
        return query.getResultList();
    }

    @Override
    public List<Question> withTitleWords(List<String> words, int limit) {
        StringBuilder jpql = new StringBuilder("select q from Question q where q.moderation.visibility = :shown and q.mergedInto is null and (");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(i == 0 ? "" : " or ").append("lower(q.title) like :w").append(i);
        }
        jpql.append(")");
        jpql.append(" order by case when q.solutionId is null then 1 else 0 end, q.askedAt desc, q.id");
        TypedQuery<Question> query = em.createQuery(jpql.toString(), Question.class).setMaxResults(limit)
                .setParameter("shown", Visibility.SHOWN);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
        }
        return query.getResultList();
    }

    @Override
    public List<Question> dueForReminder(Instant answeredBefore, int limit) {
        return em.createQuery("select q from Question q where q.moderation.visibility = :shown and q.solutionId is null"
                        + " and q.remindedAt is null and q.askerId is not null and q.firstAnswerAt <= :before"
                        + " order by q.firstAnswerAt, q.id", Question.class)
                .setParameter("shown", Visibility.SHOWN)
                .setParameter("before", answeredBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    // A guarded update: of two servers reminding at once, the second waits for the first's row lock,
    // then finds the reminder recorded and changes nothing.
    @Override
    public boolean markReminded(QuestionId id, Instant at) {
        return em.createQuery("update Question q set q.remindedAt = :at where q.id = :id and q.remindedAt is null")
                .setParameter("at", at).setParameter("id", id.value()).executeUpdate() == 1;
    }

    @Override
    public void store(Answer answer) {
        em.persist(answer);
    }

    @Override
    public Optional<Answer> findAnswer(AnswerId id) {
        return Optional.ofNullable(em.find(Answer.class, id.value()));
    }

    @Override
    public List<Answer> answersTo(QuestionId question) {
        return em.createQuery("select a from Answer a where a.questionId = :question order by a.answeredAt, a.id", Answer.class)
                .setParameter("question", question.value())
                .getResultList();
    }

    @Override
    public boolean hasMark(String key) {
        return em.find(HelpedMark.class, key) != null;
    }

    @Override
    public void store(HelpedMark mark) {
        em.persist(mark);
        em.flush(); // two marks by the same member at once: the second fails here, on the key
    }

    @Override
    public List<Question> publicQuestions(int limit) {
        return em.createQuery("select q from Question q where q.publicSince is not null and q.moderation.visibility = :shown"
                        + " and q.solutionId is not null order by q.askedAt desc, q.id", Question.class)
                .setParameter("shown", Visibility.SHOWN)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Question> solvedSince(Instant since, int limit) {
        return em.createQuery("select q from Question q where q.moderation.visibility = :shown and q.mergedInto is null"
                        + " and q.solutionId is not null and q.solvedAt > :since order by q.solvedAt desc, q.id", Question.class)
                .setParameter("shown", Visibility.SHOWN)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Question> publicMatching(String words, int limit) {
        return em.createQuery("select q from Question q where q.publicSince is not null and q.moderation.visibility = :shown"
                        + " and q.solutionId is not null and (lower(q.title) like :words or lower(q.body) like :words)"
                        + " order by q.askedAt desc, q.id", Question.class)
                .setParameter("shown", Visibility.SHOWN)
                .setParameter("words", Like.containing(words))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long shownPostsBy(String memberId) {
        long questions = em.createQuery("select count(q) from Question q where q.askerId = :member and q.moderation.visibility = :shown",
                Long.class).setParameter("member", memberId).setParameter("shown", Visibility.SHOWN).getSingleResult();
        long answers = em.createQuery("select count(a) from Answer a where a.authorId = :member and a.moderation.visibility = :shown",
                Long.class).setParameter("member", memberId).setParameter("shown", Visibility.SHOWN).getSingleResult();
        return questions + answers;
    }

    @Override
    public int shownAnswersTo(QuestionId question) {
        return em.createQuery("select count(a) from Answer a where a.questionId = :question and a.moderation.visibility = :shown",
                Long.class).setParameter("question", question.value()).setParameter("shown", Visibility.SHOWN)
                .getSingleResult().intValue();
    }

    @Override
    public List<Question> questionsAwaitingDecision() {
        return em.createQuery("select q from Question q where q.moderation.visibility in :waiting order by q.askedAt, q.id", Question.class)
                .setParameter("waiting", List.of(Visibility.WAITING, Visibility.REPORTED))
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public List<Answer> answersAwaitingDecision() {
        return em.createQuery("select a from Answer a where a.moderation.visibility in :waiting order by a.answeredAt, a.id", Answer.class)
                .setParameter("waiting", List.of(Visibility.WAITING, Visibility.REPORTED))
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public boolean hasReport(String key) {
        return em.find(Report.class, key) != null;
    }

    @Override
    public void store(Report report) {
        em.persist(report);
        em.flush(); // two reports by the same member at once: the second fails here, on the key
    }

    @Override
    public List<Question> questionsBy(String memberId) {
        return em.createQuery("select q from Question q where q.askerId = :member order by q.askedAt, q.id", Question.class)
                .setParameter("member", memberId).getResultList();
    }

    @Override
    public List<Answer> answersBy(String memberId) {
        return em.createQuery("select a from Answer a where a.authorId = :member order by a.answeredAt, a.id", Answer.class)
                .setParameter("member", memberId).getResultList();
    }

    @Override
    public void store(ReplyAddress address) {
        em.persist(address);
    }

    @Override
    public Optional<ReplyAddress> findReplyAddress(String token) {
        return Optional.ofNullable(em.find(ReplyAddress.class, token));
    }

    @Override
    public void forgetMember(String memberId) {
        em.createQuery("delete from ReplyAddress r where r.memberId = :member").setParameter("member", memberId).executeUpdate();
        em.createQuery("update Question q set q.askerId = null, q.askerName = :former where q.askerId = :member")
                .setParameter("former", Answer.FORMER_MEMBER).setParameter("member", memberId).executeUpdate();
        em.createQuery("update Answer a set a.authorId = null, a.authorName = :former where a.authorId = :member")
                .setParameter("former", Answer.FORMER_MEMBER).setParameter("member", memberId).executeUpdate();
        em.createQuery("update HelpedMark m set m.memberId = null where m.memberId = :member")
                .setParameter("member", memberId).executeUpdate();
        em.createQuery("update Report r set r.memberId = null where r.memberId = :member")
                .setParameter("member", memberId).executeUpdate();
    }
}
