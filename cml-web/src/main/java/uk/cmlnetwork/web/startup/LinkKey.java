package uk.cmlnetwork.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.cmlnetwork.shared.LinkSigning;

/** Makes the key that signs emailed links, once for the site, before any email is written. */
@ApplicationScoped
public class LinkKey {
    @Inject
    LinkSigning signing;

    @Transactional
    public void ensure() {
        signing.ensureKey();
    }
}
