package uk.cmlnetwork.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberSearch;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.shared.RegionalGroups;

/**
 * A regional group's coordinator (or a coordinator) writes to the group's members: the active members
 * whose region is in the group. Each hears it as they chose for {@link NewsKind#GROUP_NEWS}, which is
 * "never" until they choose otherwise, so only those who said yes get it. The caller owns the transaction.
 */
public class GroupMessage {
    static final int LONGEST_SUBJECT = 150;
    static final int LONGEST_TEXT = 5000;

    private final RegionalGroups groups;
    private final Members members;
    private final MemberNews news;

    public GroupMessage(RegionalGroups groups, Members members, MemberNews news) {
        this.groups = groups;
        this.members = members;
        this.news = news;
    }

    /** Whether this member may write to the group's members. */
    public boolean maySend(Member sender, String groupCode) {
        return sender != null && sender.mayTakePart() && groupCode != null
                && (sender.isCoordinator() || groupCode.equals(sender.coordinatesGroup()));
    }

    /**
     * Tells the group's members (fields "subject" and "text", every problem at once).
     *
     * @param footer the last lines of an email to each member (where they change their choices)
     * @return how many of the group's members will hear it (at once or in their daily or weekly email)
     */
    public int send(Member sender, String groupCode, String subject, String text, Function<String, String> footer) {
        RegionalGroup group = groups.find(groupCode).orElseThrow(() -> new DomainException("There is no such regional group"));
        if (!maySend(sender, groupCode)) {
            throw new DomainException("Only the coordinator of " + group.label() + " and the network's coordinators write to its members");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanText = text == null ? "" : text.strip();
        if (cleanSubject.isEmpty() || cleanSubject.length() > LONGEST_SUBJECT) {
            problems.put("subject", "Enter the email's subject, in " + LONGEST_SUBJECT + " characters or fewer");
        }
        if (cleanText.isEmpty() || cleanText.length() > LONGEST_TEXT) {
            problems.put("text", "Enter the message, in " + LONGEST_TEXT + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Member> inGroup = membersOf(groupCode).stream()
                .filter(m -> news.choices(m.id()).get(NewsKind.GROUP_NEWS) != Frequency.NEVER).toList();
        String signed = cleanText + "\n\n" + sender.name() + ", for " + group.label() + "\n";
        inGroup.forEach(m -> news.tell(m.id().value(), NewsKind.GROUP_NEWS, "[" + group.label() + "] " + cleanSubject,
                signed, footer));
        return inGroup.size();
    }

    /** The active members whose region is in the group. */
    public List<Member> membersOf(String groupCode) {
        List<Member> found = new ArrayList<>();
        for (Region region : groups.map().regionsOf(groupCode)) {
            found.addAll(members.search(new MemberSearch(null, null, region, MemberStatus.ACTIVE, false)));
        }
        return found;
    }
}
