package uk.cmlnetwork.advice;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.post.PostText;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topics;

/**
 * Members ask the network and answer each other: a confirmed member asks (with their library's
 * situation if they wish), members answer, anyone says an answer helped (once each), and the asker or
 * a coordinator marks the answer that solved it. Authors correct what they wrote. A new member's first
 * two posts wait for a coordinator, and three members' reports hide a post until one decides
 * ({@link AdviceModeration}). The caller owns the transaction, and tells the people concerned.
 */
public class PeerAdvice {
    /** The most similar questions shown while a member types a title. */
    public static final int MOST_SIMILAR = 5;
    /** How many members' reports hide a question or an answer until a coordinator decides. */
    public static final int REPORTS_TO_HIDE = 3;
    /** How many of a new member's posts wait for a coordinator's approval. */
    public static final int FIRST_POSTS_REVIEWED = 2;
    /** How long after a question's first answer its asker is reminded to mark the solution. */
    public static final Duration REMIND_AFTER = Duration.ofDays(7);

    private final Questions questions;
    private final Members members;
    private final Libraries libraries;
    private final Topics topics;
    private final PostText text;
    private final InputCheck inputCheck;
    private final Clock clock;

    public PeerAdvice(Questions questions, Members members, Libraries libraries, Topics topics, PostText text,
                      InputCheck inputCheck, Clock clock) {
        this.questions = questions;
        this.members = members;
        this.libraries = libraries;
        this.topics = topics;
        this.text = text;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    public Question ask(Member asker, AskQuestion asked) {
        mustBeConfirmed(asker);
        inputCheck.check(asked);
        LibrarySituation situation = asked.attachSituation() ? situationOf(asker) : null;
        Question question = new Question(QuestionId.newId(), asker.id().value(), asker.name(), asked,
                text.toHtml(asked.body()), topics.chosen(asked.topicCodes()), situation, clock.instant());
        if (isNew(asker)) {
            question.moderation().waitForReview();
        }
        questions.store(question);
        return question;
    }

    public Answer answer(Member author, QuestionId id, String body) {
        mustBeConfirmed(author);
        Question question = read(author, id);
        if (question.isLocked()) {
            throw new DomainException(question.mergedInto() != null
                    ? "This question was merged into another: answer that one" : "This question is closed to new answers");
        }
        checkAnswer(body);
        Answer answer = new Answer(AnswerId.newId(), id, author.id().value(), author.name(), body, text.toHtml(body),
                clock.instant());
        if (isNew(author)) {
            answer.moderation().waitForReview();
        }
        questions.store(answer);
        question.answersShown(questions.shownAnswersTo(id), clock.instant());
        return answer;
    }

    /** The asker, or a coordinator, corrects the question: its title, text and topics. */
    public Question editQuestion(Member by, QuestionId id, AskQuestion edited) {
        Question question = find(id);
        if (!question.isAskedBy(by.id().value()) && !by.isCoordinator()) {
            throw new DomainException("Only the member who asked, or a coordinator, changes a question");
        }
        inputCheck.check(edited);
        question.edit(edited, text.toHtml(edited.body()), topics.chosen(edited.topicCodes()), clock.instant());
        return question;
    }

    /** The author of an answer, or a coordinator, corrects it. */
    public Answer editAnswer(Member by, AnswerId id, String body) {
        Answer answer = findAnswer(id);
        if (!answer.isWrittenBy(by.id().value()) && !by.isCoordinator()) {
            throw new DomainException("Only its author, or a coordinator, changes an answer");
        }
        checkAnswer(body);
        answer.edit(body, text.toHtml(body), clock.instant());
        return answer;
    }

    private static void checkAnswer(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInput.of("answer", "Write your answer");
        }
        if (body.length() > 20000) {
            throw InvalidInput.of("answer", "The answer must be 20,000 characters or fewer");
        }
    }

    /** The member says the answer helped them; once each, and not for their own answer. */
    public Answer markHelped(Member by, AnswerId id) {
        mustBeConfirmed(by);
        Answer answer = shownAnswer(id);
        if (answer.isWrittenBy(by.id().value())) {
            throw new DomainException("You cannot say your own answer helped");
        }
        HelpedMark mark = new HelpedMark(id, by.id().value(), clock.instant());
        if (questions.hasMark(mark.key())) {
            throw new DomainException("You have already said this answer helped");
        }
        questions.store(mark);
        answer.helped();
        return answer;
    }

    /** The asker, or a coordinator, marks the answer that solved the question. */
    public Answer markSolution(Member by, QuestionId id, AnswerId answerId) {
        Question question = find(id);
        if (!question.isAskedBy(by.id().value()) && !by.isCoordinator()) {
            throw new DomainException("Only the member who asked, or a coordinator, marks the solution");
        }
        Answer answer = shownAnswer(answerId);
        if (!answer.questionId().equals(id)) {
            throw new NotFound("answer", answerId.value());
        }
        question.solvedBy(answerId, clock.instant());
        return answer;
    }

    public Question find(QuestionId id) {
        return questions.find(id).orElseThrow(() -> new NotFound("question", id.value()));
    }

    /** A question as this member may see it: shown, or their own, or any to a coordinator. */
    public Question read(Member reader, QuestionId id) {
        Question question = find(id);
        if (question.visibility() != Visibility.SHOWN && !question.isAskedBy(reader.id().value()) && !reader.isCoordinator()) {
            throw new NotFound("question", id.value());
        }
        return question;
    }

    /** A question's answers as this member may see them: shown ones, their own, and all to a coordinator. */
    public List<Answer> answersTo(Member reader, QuestionId id) {
        return questions.answersTo(id).stream()
                .filter(a -> a.visibility() == Visibility.SHOWN || a.isWrittenBy(reader.id().value()) || reader.isCoordinator())
                .toList();
    }

    /** A member reports a question or an answer to the coordinators; once each, and not their own. */
    public void report(Member by, String postId) {
        mustBeConfirmed(by);
        Question question = questions.find(new QuestionId(postId)).orElse(null);
        Answer answer = question != null ? null : shownAnswer(new AnswerId(postId));
        if (question != null && question.visibility() != Visibility.SHOWN) {
            throw new NotFound("question", postId);
        }
        boolean own = question != null ? question.isAskedBy(by.id().value()) : answer.isWrittenBy(by.id().value());
        if (own) {
            throw new DomainException("You cannot report what you wrote yourself");
        }
        Report report = new Report(postId, by.id().value(), clock.instant());
        if (questions.hasReport(report.key())) {
            throw new DomainException("You have already reported this; a coordinator will look at it");
        }
        questions.store(report);
        if (question != null) {
            question.moderation().reported();
        } else {
            answer.moderation().reported();
            find(answer.questionId()).answersShown(questions.shownAnswersTo(answer.questionId()), clock.instant());
        }
    }

    /**
     * The asker makes their solved question public, so anyone can find it and its solution. Names are
     * then shown as each member chose for the member directory ({@link #publicQuestion}).
     */
    public Question makePublic(Member by, QuestionId id) {
        Question question = find(id);
        if (!question.isAskedBy(by.id().value())) {
            throw new DomainException("Only the member who asked makes a question public");
        }
        if (!question.isSolved() || question.visibility() != Visibility.SHOWN) {
            throw new DomainException("Mark the answer that solved it first: only solved questions are made public");
        }
        question.makePublic(clock.instant());
        return question;
    }

    /** Public questions with their solutions, newest first, as anyone may read them. */
    public List<PublicQuestion> publicQuestions(int limit) {
        return questions.publicQuestions(limit).stream().map(this::asPublic).toList();
    }

    /** Questions solved since then (shown, not merged), for the newsletter's draft: newest first. */
    public List<Question> solvedSince(java.time.Instant since, int limit) {
        return questions.solvedSince(since, limit);
    }

    /** Public questions mentioning these words, newest first (the site's search, for visitors). */
    public List<Question> publicMatching(String words, int limit) {
        return words == null || words.isBlank() ? List.of() : questions.publicMatching(words.strip().toLowerCase(Locale.ROOT), limit);
    }

    /** One public question with its solution; anything else is not found. */
    public PublicQuestion publicQuestion(QuestionId id) {
        Question question = questions.find(id).filter(Question::isPublic)
                .orElseThrow(() -> new NotFound("question", id.value()));
        return asPublic(question);
    }

    private PublicQuestion asPublic(Question question) {
        Answer solution = findAnswer(question.solution());
        return new PublicQuestion(question, shownName(question.askerId()), solution, shownName(solution.authorId()));
    }

    /** A member's name as the public sees it: only if they chose to be in the member directory. */
    private String shownName(String memberId) {
        return memberId == null ? Answer.FORMER_MEMBER : members.find(new MemberId(memberId))
                .filter(m -> m.directoryConsent().isGiven())
                .map(Member::name)
                .orElse(PublicQuestion.UNNAMED);
    }

    /** The answer with this id, if the id is an answer's (not a question's). */
    public Optional<Answer> findAnswerIfAny(String postId) {
        return questions.findAnswer(new AnswerId(postId));
    }

    public Answer findAnswer(AnswerId id) {
        return questions.findAnswer(id).orElseThrow(() -> new NotFound("answer", id.value()));
    }


    public List<Question> list(QuestionList which, String topicCode, Region region, String words, int limit) {
        return questions.list(which == null ? QuestionList.NEWEST : which, blankToNull(topicCode), region, blankToNull(words), limit);
    }

    /**
     * Questions whose asker should be reminded to mark a solution: shown, unsolved, their first answer
     * shown at least {@link #REMIND_AFTER} ago, and not reminded before.
     */
    public List<Question> dueForReminder(int limit) {
        return questions.dueForReminder(clock.instant().minus(REMIND_AFTER), limit);
    }

    /**
     * Records that the asker is reminded now; false if they already were (another server got there
     * first, its row lock making this one wait), so each asker is reminded once.
     */
    public boolean remind(QuestionId id) {
        return questions.markReminded(id, clock.instant());
    }

    /**
     * Questions already asked whose title shares a word of four letters or more with this one, solved
     * first: shown while a member types, so they may find their answer without asking.
     */
    public List<Question> similarTo(String title) {
        List<String> words = title == null ? List.of() : Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4)
                .distinct()
                .limit(8)
                .toList();
        return words.isEmpty() ? List.of() : questions.withTitleWords(words, MOST_SIMILAR);
    }

    /** The member's own questions, whatever became of them (for their download of their data). */
    public List<Question> questionsBy(Member member) {
        return questions.questionsBy(member.id().value());
    }

    /** The member's own answers, whatever became of them (for their download of their data). */
    public List<Answer> answersBy(Member member) {
        return questions.answersBy(member.id().value());
    }

    /** The member erased their account: their questions and answers stay, as "A former member". */
    public void forgetMember(String memberId) {
        questions.forgetMember(memberId);
    }

    /** A new member's first posts wait for a coordinator; coordinators' never do. */
    private boolean isNew(Member member) {
        return !member.isCoordinator() && questions.shownPostsBy(member.id().value()) < FIRST_POSTS_REVIEWED;
    }

    private Answer shownAnswer(AnswerId id) {
        Answer answer = findAnswer(id);
        if (answer.visibility() != Visibility.SHOWN) {
            throw new NotFound("answer", id.value());
        }
        return answer;
    }


    private LibrarySituation situationOf(Member asker) {
        if (asker.libraryId() == null) {
            return null;
        }
        return libraries.find(asker.libraryId())
                .map(PeerAdvice::situation)
                .orElse(null);
    }

    private static LibrarySituation situation(Library library) {
        return new LibrarySituation(library.managementType(), library.stage(), library.region(), library.legalForm());
    }

    private static void mustBeConfirmed(Member member) {
        if (member == null || member.status() != MemberStatus.ACTIVE) {
            throw new DomainException("Confirm your email address first: use the link we emailed you");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
