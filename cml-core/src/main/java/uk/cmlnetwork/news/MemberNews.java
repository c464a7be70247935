package uk.cmlnetwork.news;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.member.MemberStatus;

/**
 * Tells members what happened, each as they chose for that kind of news: an email at once, a line in a
 * daily or weekly email, or nothing. Everything leaves through the outbox, in the caller's transaction.
 * Each email ends with a line the caller writes (where to change these choices).
 */
public class MemberNews {
    /** How many members' emails one round of the daily or weekly sending looks at. */
    public static final int ROUND = 500;

    private final News news;
    private final Members members;
    private final MailOutbox outbox;
    private final Clock clock;

    public MemberNews(News news, Members members, MailOutbox outbox, Clock clock) {
        this.news = news;
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The member's choice for each kind of news. */
    public Map<NewsKind, Frequency> choices(MemberId member) {
        Map<NewsKind, Frequency> choices = new EnumMap<>(NewsKind.class);
        for (NewsKind kind : NewsKind.values()) {
            choices.put(kind, frequency(member.value(), kind));
        }
        return choices;
    }

    /** Saves the member's choices; a choice the kind does not offer (a reminder in a weekly email) is refused. */
    public void choose(MemberId member, Map<NewsKind, Frequency> choices) {
        Map<String, String> problems = NewsKind.problemsWith(choices);
        if (!problems.isEmpty()) {
            throw new uk.cmlnetwork.shared.InvalidInput(problems);
        }
        choices.forEach((kind, frequency) -> news.preference(member.value(), kind).ifPresentOrElse(
                p -> p.change(frequency), () -> news.store(new EmailPreference(member.value(), kind, frequency))));
    }

    /**
     * Tells the member, as they chose for this kind; nothing for a member who is not active (suspended,
     * erased, not yet confirmed).
     *
     * @param footer the last lines of an email to this member (where to change their choices)
     */
    public void tell(String memberId, NewsKind kind, String subject, String text, Function<String, String> footer) {
        tell(memberId, kind, subject, text, footer, null);
    }

    /**
     * As {@link #tell(String, NewsKind, String, String, Function)}; an email sent at once can be answered
     * by replying to it.
     *
     * @param replyAddress makes the email's own reply address (asked only for an email sent at once), or null
     */
    public void tell(String memberId, NewsKind kind, String subject, String text, Function<String, String> footer,
                     java.util.function.Supplier<String> replyAddress) {
        Member member = memberId == null ? null : members.find(new MemberId(memberId)).orElse(null);
        if (member == null || member.status() != MemberStatus.ACTIVE) {
            return;
        }
        Frequency frequency = frequency(memberId, kind);
        switch (frequency) {
            case AT_ONCE -> {
                String replyTo = replyAddress == null ? null : replyAddress.get();
                outbox.queue(new Letter("news", member.email(), member.name(), subject, "Hello " + member.name() + ",\n\n"
                        + text + (replyTo == null ? "" : "\nTo answer, reply to this email: what you write above the quoted "
                        + "text is added as your answer, in your name.\n") + "\n" + footer.apply(memberId), null, replyTo));
            }
            case DAILY, WEEKLY -> news.store(new NewsItem(memberId, kind, frequency, subject, text, clock.instant()));
            case NEVER -> { }
        }
    }

    /**
     * Whether an active member wants emails of this kind at all. For the emails that carry a calendar entry
     * and so are sent at once by their own sender (event reminders and changes), not gathered as news.
     */
    public boolean wants(String memberId, NewsKind kind) {
        return frequency(memberId, kind) != Frequency.NEVER;
    }

    /** Members whose email for this period is due and not sent yet: at most {@link #ROUND}. */
    public List<String> waitingFor(DigestPeriod period) {
        return news.membersWaiting(period, ROUND);
    }

    /**
     * Puts the member's email for this period in the outbox, with all their news waiting for it. Run each
     * member in its own transaction: a second email for the same period (another server got there first)
     * is refused by the database, and that transaction rolls back.
     *
     * @return whether the member's waiting news was dealt with: emailed, or dropped for a member no longer
     *         active (suspended or erased); false if nothing was waiting
     */
    public boolean sendDigest(String memberId, DigestPeriod period, Function<String, String> footer) {
        List<NewsItem> items = news.waiting(memberId, period.frequency());
        if (items.isEmpty()) {
            return false;
        }
        news.store(new DigestSent(memberId, period.key(), clock.instant()));
        Member member = members.find(new MemberId(memberId)).orElse(null);
        if (member == null || member.status() != MemberStatus.ACTIVE) {
            items.forEach(item -> item.sentIn(period.key()));
            return true;
        }
        StringBuilder text = new StringBuilder("Hello ").append(member.name()).append(",\n\n")
                .append(period.frequency() == Frequency.DAILY ? "Here is what happened since yesterday's email"
                        : "Here is what happened since last week's email").append(" on CML Network.\n");
        NewsKind section = null;
        for (NewsItem item : items) {
            if (item.kind() != section) {
                section = item.kind();
                text.append("\n## ").append(section.label()).append("\n");
            }
            text.append("\n* ").append(item.subject()).append("\n\n").append(indent(item.text())).append("\n");
            item.sentIn(period.key());
        }
        text.append("\n").append(footer.apply(memberId));
        String subject = (period.frequency() == Frequency.DAILY ? "Your daily news" : "Your weekly news")
                + " from CML Network: " + items.size() + (items.size() == 1 ? " item" : " items");
        outbox.queue(new Letter("digest", member.email(), member.name(), subject, text.toString()));
        return true;
    }

    /** The member erased their account. */
    public void forgetMember(String memberId) {
        news.forgetMember(memberId);
    }

    private Frequency frequency(String memberId, NewsKind kind) {
        return news.preference(memberId, kind).map(EmailPreference::frequency).orElse(kind.usual());
    }

    private static String indent(String text) {
        return text.strip().replaceAll("(?m)^", "  ");
    }
}
