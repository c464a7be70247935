package uk.cmlnetwork.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.NearbyLibrary;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;

/** One library's page, bookmarkable as library.xhtml?id=... */
@Named
@ViewScoped
public class LibraryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LibrariesFacade libraries;

    @Inject
    LibraryEditorsFacade editors;

    private String id;
    private transient Library library;
    private String editorEmail;
    private String claimNote;

    @Inject
    DirectorySuggestionsFacade suggestions;
    private final RenderCache shown = new RenderCache();

    public boolean getMayChooseEditors() {
        return getLibrary() != null && shown.get("chooseEditors", () -> editors.mayChooseEditors(getLibrary().id()));
    }

    public String addEditor() {
        return Pages.attempt(Map.of("editorEmail", "editors:email"), () -> {
            Member editor = editors.addEditor(new LibraryId(id), editorEmail);
            Pages.showInfo(editor.name() + " can now edit this library's profile");
            editorEmail = null;
            return null;
        });
    }

    /** The network's regional group for the library's region, or null. */
    public uk.cmlnetwork.shared.RegionalGroup getGroup() {
        return getLibrary() == null ? null : shown.get("group", () -> libraries.groupOf(getLibrary()));
    }

    /** The library's editors, shown to signed-in members. */
    public List<Member> getEditors() {
        return getLibrary() == null ? List.of() : shown.get("editors", () -> editors.editorsOf(getLibrary().id()));
    }

    public String removeEditor(String memberId) {
        return Pages.attempt(Map.of(), () -> {
            Member removed = editors.removeEditor(new LibraryId(id), memberId);
            Pages.showInfo(removed.name() + " no longer edits this library's profile");
            return null;
        });
    }

    public boolean getMayClaim() {
        return getLibrary() != null && shown.get("mayClaim", () -> editors.mayClaim(getLibrary().id()));
    }

    public String claim() {
        return Pages.attempt(Map.of("note", "claim:note"), () -> {
            suggestions.claim(new LibraryId(id), claimNote);
            Pages.showInfo("Thank you: your claim is with the network's coordinators. You will get an email when one of"
                    + " them has decided.");
            claimNote = null;
            return null;
        });
    }

    public String getClaimNote() {
        return claimNote;
    }

    public void setClaimNote(String claimNote) {
        this.claimNote = claimNote;
    }

    public String getEditorEmail() {
        return editorEmail;
    }

    public void setEditorEmail(String editorEmail) {
        this.editorEmail = editorEmail;
    }

    public boolean getMayEditProfile() {
        return getLibrary() != null && shown.get("editProfile", () -> libraries.mayEditProfile(getLibrary().id()));
    }

    /** What each dataset said of the library, newest first. */
    public List<uk.cmlnetwork.library.LibraryDatasetRecord> getHistory() {
        return getLibrary() == null ? null : shown.get("history", () -> libraries.history(getLibrary().id()));
    }

    /** The open community managed libraries most like this one. */
    public List<NearbyLibrary> getLikeThis() {
        return getLibrary() == null ? null : shown.get("likeThis", () -> libraries.likeMine(getLibrary().id()));
    }

    /** Members of this library listed in the member directory: for signed-in members only. */
    public List<Member> getListedMembers() {
        return getLibrary() == null ? null : shown.get("listed", () -> libraries.listedMembers(getLibrary().id()));
    }

    public List<LibrarySuggestion> getSuggestionsWaiting() {
        return getLibrary() == null ? null : shown.get("waiting", () -> libraries.suggestionsWaiting(getLibrary().id()));
    }

    /** Published blog posts about this library. */
    /** What its editors say the library can advise on. */
    public List<uk.cmlnetwork.shared.Topic> getExperience() {
        return getLibrary() == null ? null : shown.get("experience", () -> libraries.experienceOf(getLibrary().id()));
    }

    public List<Post> getPosts() {
        return getLibrary() == null ? null : shown.get("posts", () -> libraries.posts(getLibrary().id()));
    }

    public List<NetworkEvent> getHostedEvents() {
        return getLibrary() == null ? null : shown.get("hosted", () -> libraries.hostedEvents(getLibrary().id()));
    }

    /** Before each render: a form post (adding an editor) shows fresh data. */
    public void refresh() {
        shown.forgetOnPostback();
    }

    public void load() {
        try {
            library = libraries.find(new LibraryId(id == null ? "" : id));
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public Library getLibrary() {
        if (library == null && id != null) {
            load();
        }
        return library;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
