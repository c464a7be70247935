package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import uk.cmlnetwork.advice.AdviceModeration;
import uk.cmlnetwork.advice.AnswersByEmail;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.PeerRouting;
import uk.cmlnetwork.event.ConferenceAgenda;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.library.DirectoryCopy;
import uk.cmlnetwork.library.DatasetImport;
import uk.cmlnetwork.library.LocalAuthorityRegister;
import uk.cmlnetwork.library.StartingDirectory;
import uk.cmlnetwork.library.DirectorySuggestions;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.member.MemberAdministration;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.member.PasswordHashing;
import uk.cmlnetwork.news.MemberNews;
import uk.cmlnetwork.newsletter.MailingList;
import uk.cmlnetwork.newsletter.NewsletterDesk;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.PostText;
import uk.cmlnetwork.privacy.AccountErasure;
import uk.cmlnetwork.resource.EventMaterials;
import uk.cmlnetwork.search.SiteSearch;
import uk.cmlnetwork.resource.ResourceFiles;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.shared.AttemptLimits;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.LinkSigning;
import uk.cmlnetwork.shared.TopicCatalogue;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.shared.GroupSettings;

/**
 * The one place the core services are wired to their JPA repositories: used by the embedded
 * entry point (one per transaction) and by the web module's producers (over the container's
 * transaction-scoped entity manager).
 */
public final class NetworkServices {
    private static final PostText SITE_IMAGES_ONLY = PostText.siteImagesOnly();

    private final MembershipService membership;
    private final MemberAdministration memberAdministration;
    private final AccountErasure accountErasure;
    private final LibraryDirectory libraryDirectory;
    private final DatasetImport datasetImport;
    private final StartingDirectory startingDirectory;
    private final DirectorySuggestions directorySuggestions;
    private final MemberBlog memberBlog;
    private final EventProgramme eventProgramme;
    private final EventBooking eventBooking;
    private final ResourceLibrary resourceLibrary;
    private final ConferenceAgenda conferenceAgenda;
    private final EventMaterials eventMaterials;
    private final Topics topics;
    private final TopicCatalogue topicCatalogue;
    private final GroupSettings groupSettings;
    private final uk.cmlnetwork.event.EventReminders eventReminders;
    private final uk.cmlnetwork.news.GroupMessage groupMessage;
    private final MailOutbox mailOutbox;
    private final AttemptLimits attemptLimits;
    private final PeerAdvice peerAdvice;
    private final PeerRouting peerRouting;
    private final uk.cmlnetwork.advice.MemberDirectory memberDirectory;
    private final AdviceModeration adviceModeration;
    private final AnswersByEmail answersByEmail;
    private final MemberNews memberNews;
    private final LinkSigning linkSigning;
    private final SiteSearch siteSearch;
    private final MailingList mailingList;
    private final NewsletterDesk newsletterDesk;

    /**
     * @param postText  how members' posts become HTML (which image hosts are allowed)
     * @param files     where coordinators' uploaded files are kept
     * @param directory the in-memory directory searches read: one for the life of the program, not one per transaction
     */
    public NetworkServices(EntityManager em, Validator validator, Clock clock, PasswordHashing passwords,
                           PostText postText, ResourceFiles files, DirectoryCopy directory) {
        InputCheck inputCheck = new InputCheck(validator);
        JpaNetworkEvents events = new JpaNetworkEvents(em);
        JpaMembers members = new JpaMembers(em);
        JpaBookings bookings = new JpaBookings(em);
        JpaInterests interests = new JpaInterests(em);
        JpaGuestBookingRequests guestRequests = new JpaGuestBookingRequests(em);
        JpaLibraries libraries = new JpaLibraries(em);
        JpaResources resources = new JpaResources(em);
        JpaLibrarySuggestions suggestions = new JpaLibrarySuggestions(em);
        this.topics = new JpaTopics(em);
        JpaRegionalGroups groups = new JpaRegionalGroups(em);
        this.groupSettings = new GroupSettings(groups);
        this.topicCatalogue = new TopicCatalogue(topics);
        this.memberBlog = new MemberBlog(new JpaPosts(em), topics, postText, inputCheck, clock);
        this.membership = new MembershipService(members, new JpaMemberTokens(em), passwords, inputCheck, clock);
        this.memberAdministration = new MemberAdministration(members, groups);
        JpaSubscribers subscribers = new JpaSubscribers(em);
        JpaNewsletterIssues issues = new JpaNewsletterIssues(em);
        this.mailingList = new MailingList(subscribers, inputCheck, clock);
        JpaQuestions questions = new JpaQuestions(em);
        this.peerAdvice = new PeerAdvice(questions, members, libraries, topics, postText, inputCheck, clock);
        this.answersByEmail = new AnswersByEmail(questions, members, peerAdvice, clock);
        JpaPeers peers = new JpaPeers(em);
        this.peerRouting = new PeerRouting(peers, members, libraries, topics, clock);
        this.memberDirectory = new uk.cmlnetwork.advice.MemberDirectory(libraries, peers, groups);
        this.mailOutbox = new MailOutbox(new JpaOutbox(em), clock);
        this.memberNews = new MemberNews(new JpaNews(em), members, mailOutbox, clock);
        this.groupMessage = new uk.cmlnetwork.news.GroupMessage(groups, members, memberNews);
        this.accountErasure = new AccountErasure(members, bookings, interests, guestRequests, suggestions, memberBlog,
                mailingList, peerAdvice, peerRouting, memberNews, events);
        this.libraryDirectory = new LibraryDirectory(libraries, inputCheck, clock, directory, groups);
        this.datasetImport = new DatasetImport(libraries, LocalAuthorityRegister.shipped(), clock);
        this.startingDirectory = new StartingDirectory(libraries, clock);
        this.directorySuggestions = new DirectorySuggestions(suggestions, libraryDirectory, inputCheck, clock,
                (memberId, library) -> memberAdministration.grantClaim(new MemberId(memberId), library));
        this.eventProgramme = new EventProgramme(events, interests, topics, libraries, inputCheck, clock, groups);
        this.eventReminders = new uk.cmlnetwork.event.EventReminders(new JpaReminders(em), clock);
        this.eventBooking = new EventBooking(events, bookings, members, guestRequests, inputCheck, clock);
        this.resourceLibrary = new ResourceLibrary(resources, topics, events, files, inputCheck, clock);
        this.adviceModeration = new AdviceModeration(questions, resourceLibrary, clock);
        this.conferenceAgenda = new ConferenceAgenda(events, new JpaAgendaSessions(em), inputCheck);
        this.eventMaterials = new EventMaterials(events, resources, inputCheck, clock);
        this.linkSigning = new LinkSigning(new JpaSiteKeys(em));
        this.siteSearch = new SiteSearch(peerAdvice, resourceLibrary, memberBlog, eventProgramme, libraryDirectory);
        this.attemptLimits = new AttemptLimits(new JpaAttempts(em), clock);
        this.newsletterDesk = new NewsletterDesk(issues, mailOutbox, subscribers, memberBlog, eventProgramme,
                resourceLibrary, peerAdvice, inputCheck, clock);
    }

    public MailingList mailingList() {
        return mailingList;
    }

    public NewsletterDesk newsletterDesk() {
        return newsletterDesk;
    }

    public MembershipService membership() {
        return membership;
    }

    public MemberAdministration memberAdministration() {
        return memberAdministration;
    }

    public AccountErasure accountErasure() {
        return accountErasure;
    }

    public LibraryDirectory libraryDirectory() {
        return libraryDirectory;
    }

    public MemberBlog memberBlog() {
        return memberBlog;
    }

    public DirectorySuggestions directorySuggestions() {
        return directorySuggestions;
    }

    public DatasetImport datasetImport() {
        return datasetImport;
    }

    public StartingDirectory startingDirectory() {
        return startingDirectory;
    }

    public EventProgramme eventProgramme() {
        return eventProgramme;
    }

    public EventBooking eventBooking() {
        return eventBooking;
    }

    public ResourceLibrary resourceLibrary() {
        return resourceLibrary;
    }

    public ConferenceAgenda conferenceAgenda() {
        return conferenceAgenda;
    }

    public EventMaterials eventMaterials() {
        return eventMaterials;
    }

    /** A regional group's coordinator writes to the group's members who chose to hear. */
    public uk.cmlnetwork.news.GroupMessage groupMessage() {
        return groupMessage;
    }

    /** Reminders to those with a place: two days before, and on the day. */
    public uk.cmlnetwork.event.EventReminders eventReminders() {
        return eventReminders;
    }

    /** The regional groups: which region is in which, their names. */
    public GroupSettings groupSettings() {
        return groupSettings;
    }

    public TopicCatalogue topicCatalogue() {
        return topicCatalogue;
    }

    public PeerAdvice peerAdvice() {
        return peerAdvice;
    }

    public AnswersByEmail answersByEmail() {
        return answersByEmail;
    }

    public AdviceModeration adviceModeration() {
        return adviceModeration;
    }

    public PeerRouting peerRouting() {
        return peerRouting;
    }

    public uk.cmlnetwork.advice.MemberDirectory memberDirectory() {
        return memberDirectory;
    }

    public SiteSearch siteSearch() {
        return siteSearch;
    }

    public LinkSigning linkSigning() {
        return linkSigning;
    }

    public MemberNews memberNews() {
        return memberNews;
    }

    public AttemptLimits attemptLimits() {
        return attemptLimits;
    }

    public MailOutbox mailOutbox() {
        return mailOutbox;
    }

    public Topics topics() {
        return topics;
    }
}
