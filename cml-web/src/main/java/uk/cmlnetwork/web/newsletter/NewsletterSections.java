package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.cmlnetwork.newsletter.ItemSection;

/** The sections of an issue, in order, for the pages. */
@Named
@ApplicationScoped
public class NewsletterSections {
    public ItemSection[] getAll() {
        return ItemSection.values();
    }
}
