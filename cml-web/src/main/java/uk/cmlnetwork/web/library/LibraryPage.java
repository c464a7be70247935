package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.Pages;

/** One library's page, bookmarkable as library.xhtml?id=... */
@Named
@RequestScoped
public class LibraryPage {
    @Inject
    LibrariesFacade libraries;

    private String id;
    private Library library;

    public void load() {
        try {
            library = libraries.find(new LibraryId(id == null ? "" : id));
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public Library getLibrary() {
        return library;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
