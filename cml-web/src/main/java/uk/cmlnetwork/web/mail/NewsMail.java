package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.advice.AnswersByEmail;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.news.MemberNews;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.shared.LinkSigning;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Members' news (answers, new questions for them, decisions about their posts), told as each member
 * chose: every email ends with a signed link to their email choices, which works without signing in.
 * Called inside the transaction of the change it reports.
 */
@ApplicationScoped
public class NewsMail {
    /** What the signed link to a member's email choices is for. */
    public static final String CHOICES_LINK = "email-choices";

    @Inject
    MemberNews news;

    @Inject
    LinkSigning signing;

    @Inject
    Settings settings;

    @Inject
    AnswersByEmail answersByEmail;

    public void tell(String memberId, NewsKind kind, String subject, String text) {
        news.tell(memberId, kind, subject, text, this::footer);
    }

    /**
     * News about a question, sent at once: if answering by email is on (cml.replies.address), the email has
     * its own reply address, and a reply to it becomes the member's answer.
     */
    public void tellAbout(QuestionId question, String memberId, NewsKind kind, String subject, String text) {
        String replies = settings.repliesAddress();
        news.tell(memberId, kind, subject, text, this::footer, replies.isEmpty() ? null
                : () -> withToken(replies, answersByEmail.replyToken(memberId, question)));
    }

    /** replies@example.org and a token make replies+token@example.org. */
    static String withToken(String address, String token) {
        int at = address.indexOf('@');
        return address.substring(0, at) + "+" + token + address.substring(at);
    }

    /** The last lines of every news email: where the member changes what they get. */
    public String footer(String memberId) {
        return "\n--\nChoose which emails you get from CML Network, and how often: " + choicesLink(memberId) + "\n";
    }

    /** The member's own address of their email choices page, signed so no one else's can be made. */
    public String choicesLink(String memberId) {
        return settings.siteUrl() + "email-choices.xhtml?member=" + memberId + "&key="
                + URLEncoder.encode(signing.sign(CHOICES_LINK, memberId), StandardCharsets.UTF_8);
    }
}
