package uk.cmlnetwork.web.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.news.GroupMessage;
import uk.cmlnetwork.shared.AttemptLimit;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.GroupMap;
import uk.cmlnetwork.shared.GroupSettings;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.web.mail.NewsMail;
import uk.cmlnetwork.web.security.AttemptsFacade;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/**
 * The regional groups: coordinators rename them and move regions between them; a group's coordinator
 * sees its meetup proposals and writes to its members. Every call checks who asks.
 */
@ApplicationScoped
@Transactional
public class RegionalGroupsFacade {
    /** A group's members hear from it at most this often, whoever writes. */
    static final AttemptLimit MESSAGES = AttemptLimit.perWindow(5, Duration.ofDays(1));

    @Inject
    GroupSettings settings;

    @Inject
    GroupMessage message;

    @Inject
    EventProgramme programme;

    @Inject
    CurrentMember current;

    @Inject
    NewsMail news;

    @Inject
    AttemptsFacade attempts;

    public GroupMap current() {
        return settings.current();
    }

    public GroupMap change(Map<String, String> names, Map<Region, String> regions) {
        requireCoordinator();
        return settings.change(names, regions);
    }

    public RegionalGroup add(String name) {
        requireCoordinator();
        return settings.add(name);
    }

    /** Whether the signed-in member may write to the group's members and decide its meetups. */
    public boolean looksAfter(String groupCode) {
        return message.maySend(current.takingPart(), groupCode);
    }

    /** The group's meetups waiting for a decision, for those who decide them; nothing for anyone else. */
    public List<NetworkEvent> proposals(String groupCode) {
        return looksAfter(groupCode) ? programme.proposalsInGroup(groupCode) : List.of();
    }

    /** How many active members the group has (for its coordinator, before writing). */
    public int memberCount(String groupCode) {
        return looksAfter(groupCode) ? message.membersOf(groupCode).size() : 0;
    }

    /** Writes to the group's members who chose to hear; returns how many of them will. */
    public int write(String groupCode, String subject, String text) {
        if (!looksAfter(groupCode)) {
            throw new NotAllowed();
        }
        if (!attempts.countAndWait("group-message:" + groupCode, MESSAGES).isZero()) {
            throw new DomainException("The group's members have had " + MESSAGES.free()
                    + " messages from it today: write again tomorrow");
        }
        return message.send(current.takingPart(), groupCode, subject, text, news::footer);
    }

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
    }
}
