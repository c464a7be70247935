package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.advice.PeerRouting;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.DirectoryCount;
import uk.cmlnetwork.library.DatasetFile;
import uk.cmlnetwork.library.DatasetImport;
import uk.cmlnetwork.library.ImportCheck;
import uk.cmlnetwork.library.LibraryDatasetRecord;
import uk.cmlnetwork.library.DirectorySuggestions;
import uk.cmlnetwork.library.ImportReport;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryProfile;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.NearbyLibrary;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/** The transaction boundary for the library directory's pages and exports; checks who may change what. */
@ApplicationScoped
@Transactional
public class LibrariesFacade {
    @Inject
    PeerRouting routing;

    @Inject
    Topics topics;

    @Inject
    LibraryDirectory directory;

    @Inject
    DatasetImport datasetImport;

    @Inject
    EventProgramme programme;

    @Inject
    CurrentMember current;

    @Inject
    MembershipService membership;

    @Inject
    DirectorySuggestions suggestions;

    @Inject
    MemberBlog blog;

    @Inject
    DirectoryChanges changes;

    /** The regional group the library's region is in, or null. */
    public uk.cmlnetwork.shared.RegionalGroup groupOf(Library library) {
        return directory.groupOf(library);
    }

    public List<Library> all() {
        return directory.all();
    }

    /** The libraries members choose from (joining, hosting a meetup): the community managed ones. */
    public List<Library> communityManaged() {
        return directory.communityManaged();
    }

    public Library find(LibraryId id) {
        return directory.find(id);
    }

    public Library add(AddLibrary details) {
        changes.changing();
        return directory.add(details);
    }

    public List<DirectoryCount> summary() {
        return directory.summary();
    }

    public List<NearbyLibrary> near(String postcode, int miles) {
        return directory.near(postcode, miles);
    }

    public List<NearbyLibrary> likeMine(LibraryId id) {
        return directory.likeMine(id, 8);
    }

    /** The library's members who chose to be in the member directory: shown to signed-in members only. */
    public List<Member> listedMembers(LibraryId id) {
        return membership.listedAt(id, current.get());
    }

    /** Corrections to this library waiting for review: shown to those who may decide them. */
    public List<LibrarySuggestion> suggestionsWaiting(LibraryId id) {
        return mayEditProfile(id) ? suggestions.waitingAbout(id) : List.of();
    }

    /** Published blog posts about this library, newest first. */
    public List<Post> posts(LibraryId id) {
        return blog.published(null, id, 20);
    }

    /** Published events this library hosts. */
    public List<NetworkEvent> hostedEvents(LibraryId id) {
        return programme.hostedBy(id);
    }

    /** The library's own editors and coordinators keep its profile. */
    public boolean mayEditProfile(LibraryId id) {
        Member member = current.takingPart();
        return member != null && directory.mayLookAfter(member, id);
    }

    /**
     * Saves the profile and what the library has experience of (questions about it then reach its
     * members), together.
     */
    public Library updateProfile(LibraryId id, LibraryProfile profile, List<String> experienceTopics) {
        if (!mayEditProfile(id)) {
            throw new NotAllowed(); // answered 403; the core checks the same rule again
        }
        changes.changing();
        Library library = directory.updateProfile(current.get(), id, profile);
        routing.recordLibraryExperience(current.get(), id, experienceTopics);
        return library;
    }

    public List<Topic> experienceOf(LibraryId id) {
        return routing.libraryExperienceOf(id);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    /** Coordinators import a published dataset; a bad row is reported, the good rows import. */
    /** Reads a dataset and says what it would do; writes nothing. Coordinators only. */
    public ImportCheck checkDataset(DatasetFile file) {
        requireCoordinator();
        return datasetImport.check(file);
    }

    /** Writes a checked dataset, with the coordinator's choices for its ambiguous rows. */
    public ImportReport applyDataset(ImportCheck check, Map<Long, String> choices) {
        requireCoordinator();
        changes.changing();
        return datasetImport.apply(check, choices);
    }

    /** What each dataset said of the library, newest first. */
    public List<LibraryDatasetRecord> history(LibraryId id) {
        return directory.history(id);
    }

    private void requireCoordinator() {
        Member member = current.get();
        if (member == null || !member.isCoordinator()) {
            throw new NotAllowed();
        }
    }
}
