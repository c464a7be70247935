package uk.cmlnetwork.event;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.RegionalGroups;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/**
 * The network's programme of learning events and their lifecycle: draft → announced → published →
 * cancelled or held, and members' proposals for regional meetups. The caller owns the transaction.
 */
public class EventProgramme {
    private final NetworkEvents events;
    private final Interests interests;
    private final Topics topics;
    private final Libraries libraries;
    private final InputCheck inputCheck;
    private final Clock clock;
    private final RegionalGroups groups;

    public EventProgramme(NetworkEvents events, Interests interests, Topics topics, Libraries libraries,
                          InputCheck inputCheck, Clock clock, RegionalGroups groups) {
        this.groups = groups;
        this.events = events;
        this.interests = interests;
        this.topics = topics;
        this.libraries = libraries;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /** Puts an event in the programme, open for booking at once. */
    public NetworkEvent schedule(ScheduleEvent details) {
        return create(details, EventStatus.PUBLISHED);
    }

    /**
     * Puts an event in the programme as a draft (seen only by coordinators), announced (the public
     * sees it and can register interest; the venue may still be to be confirmed) or published.
     */
    public NetworkEvent create(ScheduleEvent details, EventStatus status) {
        if (status != EventStatus.DRAFT && status != EventStatus.ANNOUNCED && status != EventStatus.PUBLISHED) {
            throw InvalidInput.of("status", "A new event is a draft, announced or open for booking");
        }
        List<Topic> found = check(details, status == EventStatus.PUBLISHED);
        NetworkEvent event = new NetworkEvent(EventId.newId(), details, found, status);
        events.store(event);
        return event;
    }

    /**
     * A member proposes a regional meetup at a member library; a coordinator, or the coordinator of the
     * regional group it is in, approves or declines it.
     */
    public NetworkEvent proposeMeetup(Member proposer, ScheduleEvent details) {
        if (!proposer.mayTakePart()) {
            throw new DomainException("Only members of the network can propose a meetup");
        }
        if (details.type() != EventType.REGIONAL_MEETUP) {
            throw InvalidInput.of("type", "Members propose regional meetups; coordinators put on the other events");
        }
        List<Topic> found = check(details, true);
        NetworkEvent event = new NetworkEvent(EventId.newId(), details, found, EventStatus.PROPOSED);
        event.proposedBy(proposer.id().value());
        events.store(event);
        return event;
    }

    /** The meetups a member proposed, newest first, whatever became of them. */
    public List<NetworkEvent> proposedBy(Member member) {
        return events.proposedBy(member.id().value());
    }

    /** The proposed meetups this member may approve or decline: all for a coordinator, their group's for a group coordinator. */
    public List<NetworkEvent> proposalsFor(Member member) {
        if (member == null || !member.mayTakePart()) {
            return List.of();
        }
        if (member.isCoordinator()) {
            return events.notOverOrAwaitingDecision(clock.instant(), 500).stream()
                    .filter(e -> e.status() == EventStatus.PROPOSED).toList();
        }
        return member.coordinatesGroup() == null ? List.of() : proposalsInGroup(member.coordinatesGroup());
    }

    /**
     * New details: the place count is changed only through {@link EventBooking#changeCapacity}. Says what
     * changed that the people booked need to hear of (when, where, the joining link).
     */
    public ChangedEvent change(EventId id, ScheduleEvent details) {
        NetworkEvent event = find(id);
        if (event.isCancelled() || event.isHeld()) {
            throw new DomainException(event.title() + " is " + event.status().label().toLowerCase()
                    + ": its details can no longer change");
        }
        List<Topic> found = check(details, event.isPublished() || event.status() == EventStatus.PROPOSED);
        String whenBefore = NetworkTime.dateAndTime(event.startsAt()) + " to " + NetworkTime.time(event.endsAt());
        String whereBefore = event.venue();
        String linkBefore = event.onlineLink();
        event.change(details, found);
        List<String> changes = new java.util.ArrayList<>();
        String whenNow = NetworkTime.dateAndTime(event.startsAt()) + " to " + NetworkTime.time(event.endsAt());
        if (!whenNow.equals(whenBefore)) {
            changes.add("When: now " + whenNow + " (was " + whenBefore + ")");
        }
        if (!java.util.Objects.equals(whereBefore, event.venue())) {
            changes.add("Where: now " + (event.venue() == null ? "online" : event.venue())
                    + (whereBefore == null ? "" : " (was " + whereBefore + ")"));
        }
        if (!java.util.Objects.equals(linkBefore, event.onlineLink()) && event.onlineLink() != null) {
            changes.add("Joining link: now " + event.onlineLink());
        }
        return new ChangedEvent(event, changes);
    }

    /** Draft → announced: the public sees it and can register interest. */
    public NetworkEvent announce(EventId id) {
        NetworkEvent event = find(id);
        requireStatus(event, "announce", EventStatus.DRAFT);
        event.moveTo(EventStatus.ANNOUNCED);
        return event;
    }

    /**
     * Draft or announced → open for booking. Returns the people who registered interest and have not
     * yet been told, now marked as told, for the caller to email.
     */
    public List<EventInterest> publish(EventId id) {
        NetworkEvent event = find(id);
        requireStatus(event, "open for booking", EventStatus.DRAFT, EventStatus.ANNOUNCED);
        check(event.asSchedule(), true);
        event.moveTo(EventStatus.PUBLISHED);
        List<EventInterest> waiting = interests.notYetTold(id);
        waiting.forEach(i -> i.told(clock.instant()));
        return waiting;
    }

    /** A meetup's decider approves it: it is open for booking, managed by the host library's editors. */
    public NetworkEvent approve(EventId id) {
        NetworkEvent event = find(id);
        requireStatus(event, "approve", EventStatus.PROPOSED);
        event.moveTo(EventStatus.PUBLISHED);
        return event;
    }

    public NetworkEvent decline(EventId id) {
        NetworkEvent event = find(id);
        requireStatus(event, "decline", EventStatus.PROPOSED);
        event.moveTo(EventStatus.DECLINED);
        return event;
    }

    /** Records that a published event took place (after it started); recordings and handouts can follow. */
    public NetworkEvent markHeld(EventId id) {
        NetworkEvent event = find(id);
        requireStatus(event, "mark as held", EventStatus.PUBLISHED);
        if (!event.hasStartedBy(clock.instant())) {
            throw new DomainException(event.title() + " has not started yet, so it cannot be marked as held");
        }
        event.moveTo(EventStatus.HELD);
        return event;
    }

    /** Someone asks to be emailed when an announced event opens for booking; asking twice changes nothing. */
    public EventInterest registerInterest(RegisterInterest request) {
        inputCheck.check(request);
        NetworkEvent event = find(request.eventId());
        String email = Member.normaliseEmail(request.email());
        var existing = interests.find(event.id(), email);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!event.isAnnounced()) {
            throw new DomainException(event.isPublished() ? event.title() + " is open for booking now: book a place"
                    : "You can only register interest in an announced event");
        }
        EventInterest interest = new EventInterest(event.id(), request.name().strip(), email, clock.instant());
        interests.store(interest);
        return interest;
    }

    public long interestCount(EventId id) {
        return interests.count(id);
    }

    /**
     * Coordinators manage every event; a regional group's coordinator the meetups in the group's regions
     * (proposals too); a library's editors the meetups their library hosts, once approved.
     */
    public boolean mayManage(Member member, NetworkEvent event) {
        return member != null && member.mayTakePart() && (member.isCoordinator() || coordinatesGroupOf(member, event)
                || (event.hostLibrary() != null && event.status() != EventStatus.PROPOSED
                && event.status() != EventStatus.DECLINED && member.isEditorOf(event.hostLibrary())));
    }

    /** Who approves or declines a proposed meetup: a coordinator, or the coordinator of its regional group. */
    public boolean mayDecide(Member member, NetworkEvent event) {
        return member != null && member.mayTakePart() && (member.isCoordinator() || coordinatesGroupOf(member, event));
    }

    /** Proposed meetups in a regional group's regions, waiting for its coordinator's decision. */
    public List<NetworkEvent> proposalsInGroup(String groupCode) {
        var map = groups.map();
        return events.notOverOrAwaitingDecision(clock.instant(), 500).stream()
                .filter(e -> e.status() == EventStatus.PROPOSED && map.covers(groupCode, e.region())).toList();
    }

    private boolean coordinatesGroupOf(Member member, NetworkEvent event) {
        return member.coordinatesGroup() != null && event.type() == EventType.REGIONAL_MEETUP
                && groups.map().covers(member.coordinatesGroup(), event.region());
    }

    /** Public events not yet over and not cancelled, soonest first. */
    public List<NetworkEvent> upcoming(int limit) {
        return events.search(new EventSearch(null, null, null, false), clock.instant(), limit);
    }

    /** As {@link #upcoming}, with cancelled events too: a calendar feed marks them so calendars take them out. */
    public List<NetworkEvent> upcomingForCalendars(int limit) {
        return events.search(new EventSearch(null, null, null, false, true), clock.instant(), limit);
    }

    /** Public events matching a search: upcoming soonest first, or past most recent first. */
    public List<NetworkEvent> search(EventSearch search, int limit) {
        return events.search(search, clock.instant(), limit);
    }

    /** Public events, past ones too, mentioning these words, latest first (the site's search). */
    public List<NetworkEvent> publicMatching(String words, int limit) {
        return words == null || words.isBlank() ? List.of() : events.publicMatching(words.strip().toLowerCase(java.util.Locale.ROOT), limit);
    }

    /** Public events a library hosts (regional meetups), newest first. */
    public List<NetworkEvent> hostedBy(LibraryId library) {
        return events.hostedBy(library, 50);
    }

    /** Everything coordinators look after: proposals, drafts and every event not yet over. */
    public List<NetworkEvent> coordinatorsList(int limit) {
        return events.notOverOrAwaitingDecision(clock.instant(), limit);
    }

    public NetworkEvent find(EventId id) {
        return events.find(id).orElseThrow(() -> new NotFound("event", id.value()));
    }

    private static void requireStatus(NetworkEvent event, String action, EventStatus... allowed) {
        if (!Set.of(allowed).contains(event.status())) {
            throw new DomainException("You cannot " + action + " " + event.title() + ": it is "
                    + event.status().label().toLowerCase());
        }
    }

    private List<Topic> check(ScheduleEvent details, boolean venueRequired) {
        inputCheck.check(details);
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw InvalidInput.of("endsAt", "The event must end after it starts");
        }
        if (venueRequired && !details.type().isOnline() && (details.venue() == null || details.venue().isBlank())) {
            throw InvalidInput.of("venue", "Enter the venue address for a " + details.type().label().toLowerCase());
        }
        if (details.bookingOpensAt() != null && details.bookingClosesAt() != null
                && !details.bookingClosesAt().isAfter(details.bookingOpensAt())) {
            throw InvalidInput.of("bookingClosesAt", "Booking must close after it opens");
        }
        if (details.bookingClosesAt() != null && details.bookingClosesAt().isAfter(details.startsAt())) {
            throw InvalidInput.of("bookingClosesAt", "Booking must close by the time the event starts");
        }
        if (details.type() == EventType.REGIONAL_MEETUP) {
            if (details.hostLibrary() == null) {
                throw InvalidInput.of("hostLibrary", "Choose the member library hosting the meetup");
            }
            if (details.region() == null) {
                throw InvalidInput.of("region", "Choose the region of the meetup");
            }
        }
        if (details.hostLibrary() != null && libraries.find(details.hostLibrary()).isEmpty()) {
            throw InvalidInput.of("hostLibrary", "Choose a library from the directory");
        }
        return topics.chosen(details.topicCodes());
    }
}
