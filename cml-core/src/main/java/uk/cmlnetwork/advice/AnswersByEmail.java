package uk.cmlnetwork.advice;

import java.time.Clock;
import java.util.Locale;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.Secrets;

/**
 * Answering from the mail client: each notification about a question gets its own reply address; a
 * reply to it from the member it was sent to becomes their answer (its new text, without the quoted
 * notification), through the same rules as an answer from the page. Anything else is refused with the
 * reason, for the caller to tell the sender.
 */
public class AnswersByEmail {
    private final Questions questions;
    private final Members members;
    private final PeerAdvice advice;
    private final Clock clock;

    public AnswersByEmail(Questions questions, Members members, PeerAdvice advice, Clock clock) {
        this.questions = questions;
        this.members = members;
        this.advice = advice;
        this.clock = clock;
    }

    /** A new reply address for a notification about this question to this member: the token to put in it. */
    public String replyToken(String memberId, QuestionId question) {
        String token = Secrets.newSecret().substring(0, 24).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
        questions.store(new ReplyAddress(token, memberId, question, clock.instant()));
        return token;
    }

    /**
     * Turns a reply into the member's answer.
     *
     * @param token the token of the reply address it was sent to, or null if it carried none
     * @param from the address it came from
     * @throws DomainException with the reason to tell the sender, if it is refused
     */
    public Answer answer(String token, String from, String text) {
        ReplyAddress address = token == null ? null : questions.findReplyAddress(token).orElse(null);
        if (address == null) {
            throw new DomainException("It was not sent to the reply address of one of our notifications, so we could not "
                    + "tell which question it answers. Reply to the notification itself, or answer on the question's page");
        }
        Member member = members.find(new MemberId(address.memberId())).orElse(null);
        if (member == null || from == null || !Member.normaliseEmail(from).equals(member.email())) {
            throw new DomainException("It came from another address than the one the notification was sent to. "
                    + "Answers by email must come from the member's own address");
        }
        String newText = ReplyText.newText(text);
        if (newText.isEmpty()) {
            throw new DomainException("We found no text of your own above the quoted notification");
        }
        return advice.answer(member, address.questionId(), newText);
    }
}
