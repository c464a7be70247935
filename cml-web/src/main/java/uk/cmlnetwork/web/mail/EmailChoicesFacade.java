package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.news.DigestPeriod;
import uk.cmlnetwork.news.Frequency;
import uk.cmlnetwork.news.MemberNews;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.LinkSigning;
import uk.cmlnetwork.web.security.CurrentMember;

/**
 * A member's email choices, reached signed in or through the signed link at the end of every news
 * email; and the daily and weekly emails, one member at a time, each in its own transaction.
 */
@ApplicationScoped
@Transactional
public class EmailChoicesFacade {
    @Inject
    MemberNews news;

    @Inject
    LinkSigning signing;

    @Inject
    CurrentMember current;

    @Inject
    NewsMail mail;

    /**
     * The member whose choices these are: the one the signed link names, else the signed-in member.
     *
     * @throws DomainException if the link is not one the site signed and no one is signed in
     */
    public MemberId whose(String linkMember, String linkKey) {
        if (linkMember != null && !linkMember.isBlank()) {
            if (!signing.verify(NewsMail.CHOICES_LINK, linkMember, linkKey)) {
                throw new DomainException("This link does not work. Use the link at the end of your latest email from us, or sign in");
            }
            return new MemberId(linkMember);
        }
        return current.mustTakePart().id();
    }

    public Map<NewsKind, Frequency> choices(MemberId member) {
        return news.choices(member);
    }

    public void choose(MemberId member, Map<NewsKind, Frequency> choices) {
        news.choose(member, choices);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.List<String> waitingFor(DigestPeriod period) {
        return news.waitingFor(period);
    }

    /** One member's email for the period, in its own transaction: refused if another server sent it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendDigest(String memberId, DigestPeriod period) {
        return news.sendDigest(memberId, period, mail::footer);
    }
}
