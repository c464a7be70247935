package uk.cmlnetwork.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import uk.cmlnetwork.advice.AdviceModeration;
import uk.cmlnetwork.advice.AnswersByEmail;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.PeerRouting;
import uk.cmlnetwork.news.MemberNews;
import uk.cmlnetwork.search.SiteSearch;
import uk.cmlnetwork.shared.LinkSigning;
import uk.cmlnetwork.event.ConferenceAgenda;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.files.FolderFiles;
import uk.cmlnetwork.jpa.NetworkServices;
import uk.cmlnetwork.library.DirectoryCopy;
import uk.cmlnetwork.library.DatasetImport;
import uk.cmlnetwork.library.StartingDirectory;
import uk.cmlnetwork.library.DirectorySuggestions;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.member.MemberAdministration;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.member.PasswordHashing;
import uk.cmlnetwork.newsletter.MailingList;
import uk.cmlnetwork.newsletter.NewsletterDesk;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.PostText;
import uk.cmlnetwork.privacy.AccountErasure;
import uk.cmlnetwork.resource.EventMaterials;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.shared.AttemptLimits;
import uk.cmlnetwork.shared.CommandValidation;
import uk.cmlnetwork.shared.TopicCatalogue;
import uk.cmlnetwork.shared.Topics;

/**
 * Builds the core services once, over the container's JTA persistence unit. The entity manager
 * injected here is the container's transaction-scoped proxy, so one set of services serves every
 * request; the facades put the transactions around them.
 */
@ApplicationScoped
public class CoreProducers {
    @PersistenceContext(unitName = "cml")
    private EntityManager entityManager;

    // A validator of the factory's own, kept: the injectable Validator bean is a proxy that finds the
    // module's factory again on every call, and it was a twentieth of a booking's time in the server.
    @Inject
    private ValidatorFactory validators;

    @Inject
    private Settings settings;

    private NetworkServices services;

    @PostConstruct
    void wire() {
        services = new NetworkServices(entityManager, CommandValidation.validator(validators), Clock.systemUTC(),
                new PasswordHashing(), new PostText(settings.postImageHosts()), new FolderFiles(settings.filesDir()), directoryCopy);
    }

    // Searches read the directory from memory; a change made on another server shows within a second.
    private final DirectoryCopy directoryCopy = new DirectoryCopy(Duration.ofSeconds(1));

    @Produces
    DirectoryCopy directoryCopy() {
        return directoryCopy;
    }

    @Produces
    MemberBlog memberBlog() {
        return services.memberBlog();
    }

    @Produces
    uk.cmlnetwork.event.EventReminders eventReminders() {
        return services.eventReminders();
    }

    @Produces
    uk.cmlnetwork.shared.GroupSettings groupSettings() {
        return services.groupSettings();
    }

    @Produces
    uk.cmlnetwork.news.GroupMessage groupMessage() {
        return services.groupMessage();
    }

    @Produces
    TopicCatalogue topicCatalogue() {
        return services.topicCatalogue();
    }

    @Produces
    ConferenceAgenda conferenceAgenda() {
        return services.conferenceAgenda();
    }

    @Produces
    EventMaterials eventMaterials() {
        return services.eventMaterials();
    }

    @Produces
    MembershipService membership() {
        return services.membership();
    }

    @Produces
    MemberAdministration memberAdministration() {
        return services.memberAdministration();
    }

    @Produces
    AccountErasure accountErasure() {
        return services.accountErasure();
    }

    @Produces
    LibraryDirectory libraryDirectory() {
        return services.libraryDirectory();
    }

    @Produces
    DirectorySuggestions directorySuggestions() {
        return services.directorySuggestions();
    }

    @Produces
    StartingDirectory startingDirectory() {
        return services.startingDirectory();
    }

    @Produces
    DatasetImport datasetImport() {
        return services.datasetImport();
    }

    @Produces
    EventProgramme eventProgramme() {
        return services.eventProgramme();
    }

    @Produces
    EventBooking eventBooking() {
        return services.eventBooking();
    }

    @Produces
    ResourceLibrary resourceLibrary() {
        return services.resourceLibrary();
    }

    @Produces
    PeerAdvice peerAdvice() {
        return services.peerAdvice();
    }

    @Produces
    SiteSearch siteSearch() {
        return services.siteSearch();
    }

    @Produces
    AnswersByEmail answersByEmail() {
        return services.answersByEmail();
    }

    @Produces
    AdviceModeration adviceModeration() {
        return services.adviceModeration();
    }

    @Produces
    PeerRouting peerRouting() {
        return services.peerRouting();
    }

    @Produces
    uk.cmlnetwork.advice.MemberDirectory memberDirectory() {
        return services.memberDirectory();
    }

    @Produces
    MemberNews memberNews() {
        return services.memberNews();
    }

    @Produces
    LinkSigning linkSigning() {
        return services.linkSigning();
    }

    @Produces
    AttemptLimits attemptLimits() {
        return services.attemptLimits();
    }

    @Produces
    MailOutbox mailOutbox() {
        return services.mailOutbox();
    }

    @Produces
    MailingList mailingList() {
        return services.mailingList();
    }

    @Produces
    NewsletterDesk newsletterDesk() {
        return services.newsletterDesk();
    }

    @Produces
    Topics topics() {
        return services.topics();
    }
}
