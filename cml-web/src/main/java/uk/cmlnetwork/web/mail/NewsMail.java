package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    public void tell(String memberId, NewsKind kind, String subject, String text) {
        news.tell(memberId, kind, subject, text, this::footer);
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
