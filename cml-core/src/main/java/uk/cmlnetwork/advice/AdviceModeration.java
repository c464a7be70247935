package uk.cmlnetwork.advice;

import java.time.Clock;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.NotFound;

/**
 * What coordinators do to keep Ask the network kind and tidy: decide on new members' first posts and
 * on reported ones (show or hide), close a question to new answers, and merge a duplicate into the
 * question kept (its answers and solution move there; the duplicate points to it). The caller owns
 * the transaction.
 */
public class AdviceModeration {
    private final Questions questions;
    private final ResourceLibrary resources;
    private final Clock clock;

    public AdviceModeration(Questions questions, ResourceLibrary resources, Clock clock) {
        this.questions = questions;
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * A coordinator makes a solved question a resource ("From the network: ..."), listed at once; the
     * resource links to the question and the question to the resource.
     */
    public Resource makeResource(Member coordinator, QuestionId id) {
        mustBeCoordinator(coordinator);
        Question question = find(id);
        if (!question.isSolved() || question.visibility() != Visibility.SHOWN || question.mergedInto() != null) {
            throw new DomainException("Only a solved question shown to members becomes a resource");
        }
        if (question.resourceId() != null) {
            throw new DomainException("This question is already a resource");
        }
        Answer solution = questions.findAnswer(question.solution()).orElseThrow();
        String summary = "The answer that solved it: " + solution.body().strip().replaceAll("\\s+", " ");
        Resource resource = resources.publishFromQuestion(id.value(), "From the network: " + question.title(),
                summary.length() > 600 ? summary.substring(0, 597) + "..." : summary, question.topics());
        question.madeInto(resource.id().value());
        return resource;
    }

    /** What coordinators must decide: new members' first posts, and posts hidden by reports. */
    public AwaitingDecision awaitingDecision(Member coordinator) {
        mustBeCoordinator(coordinator);
        return new AwaitingDecision(questions.questionsAwaitingDecision(), questions.answersAwaitingDecision());
    }

    /** A coordinator lets a waiting, reported or hidden question or answer be shown. */
    public void approve(Member coordinator, String postId) {
        decide(coordinator, postId, true);
    }

    /** A coordinator hides a question or an answer from members. */
    public void remove(Member coordinator, String postId) {
        decide(coordinator, postId, false);
    }

    private void decide(Member coordinator, String postId, boolean show) {
        mustBeCoordinator(coordinator);
        Question question = questions.find(new QuestionId(postId)).orElse(null);
        Answer answer = question != null ? null
                : questions.findAnswer(new AnswerId(postId)).orElseThrow(() -> new NotFound("answer", postId));
        Moderation moderation = question != null ? question.moderation() : answer.moderation();
        if (show) {
            moderation.approve();
        } else {
            moderation.remove();
        }
        if (answer != null) {
            recount(answer.questionId());
        }
    }

    /** A coordinator closes the question to new answers (it stays readable), or opens it again. */
    public Question lock(Member coordinator, QuestionId id, boolean locked) {
        mustBeCoordinator(coordinator);
        Question question = find(id);
        if (question.mergedInto() != null) {
            throw new DomainException("This question was merged into another, so it stays closed");
        }
        if (locked) {
            question.lock(clock.instant());
        } else {
            question.unlock();
        }
        return question;
    }

    /**
     * A coordinator merges a duplicate into the question kept: the duplicate's answers move there (and
     * its solution, if the kept question has none), and the duplicate points to it, closed.
     */
    public Question merge(Member coordinator, QuestionId duplicateId, QuestionId keptId) {
        mustBeCoordinator(coordinator);
        if (duplicateId.equals(keptId)) {
            throw new DomainException("Choose another question to merge this one into");
        }
        Question duplicate = find(duplicateId);
        Question kept = find(keptId);
        if (kept.mergedInto() != null) {
            throw new DomainException("That question was itself merged into another: merge into that one");
        }
        if (duplicate.mergedInto() != null) {
            throw new DomainException("This question was already merged");
        }
        questions.answersTo(duplicateId).forEach(answer -> answer.moveTo(keptId));
        kept.takeSolutionOf(duplicate);
        duplicate.mergeInto(keptId, clock.instant());
        recount(duplicateId);
        recount(keptId);
        return kept;
    }

    private void recount(QuestionId id) {
        find(id).answersShown(questions.shownAnswersTo(id), clock.instant());
    }

    private Question find(QuestionId id) {
        return questions.find(id).orElseThrow(() -> new NotFound("question", id.value()));
    }

    private static void mustBeCoordinator(Member member) {
        if (member == null || !member.isCoordinator()) {
            throw new DomainException("Only a coordinator decides on questions and answers");
        }
    }
}
