package uk.cmlnetwork.web.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.search.SearchHit;
import uk.cmlnetwork.search.SiteSearch;
import uk.cmlnetwork.web.security.CurrentMember;

/** The site's one search, for visitors and members alike (members also find the questions only members see). */
@ApplicationScoped
@Transactional
public class SiteSearchFacade {
    @Inject
    SiteSearch search;

    @Inject
    CurrentMember current;

    public List<SearchHit> search(String words) {
        return search.search(words, current.takingPart() != null);
    }

    public boolean isMember() {
        return current.takingPart() != null;
    }
}
