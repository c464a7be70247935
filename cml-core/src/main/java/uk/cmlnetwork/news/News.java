package uk.cmlnetwork.news;

import java.util.List;
import java.util.Optional;

/** Where members' email choices, their waiting news and the record of digests sent are kept. */
public interface News {
    Optional<EmailPreference> preference(String memberId, NewsKind kind);

    void store(EmailPreference preference);

    void store(NewsItem item);

    /** Members with news waiting for an email of this frequency and no email yet for this period. */
    List<String> membersWaiting(DigestPeriod period, int limit);

    /** The member's news waiting for an email of this frequency, oldest first. */
    List<NewsItem> waiting(String memberId, Frequency frequency);

    /** Records the period's email for the member; a second for the same period is refused by the key. */
    void store(DigestSent sent);

    /** The member erased their account: their choices and waiting news go. */
    void forgetMember(String memberId);
}
