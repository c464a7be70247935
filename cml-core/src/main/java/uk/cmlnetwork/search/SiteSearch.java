package uk.cmlnetwork.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.resource.ResourceSearch;

/**
 * The site's one search: questions, resources, blog posts, events and libraries in one list, each
 * marked with what it is. Those whose title holds the words come first; then each kind in turn,
 * newest first. Visitors find only public questions; members every question shown to members.
 */
public class SiteSearch {
    /** The most hits of each kind. */
    public static final int EACH = 10;

    private final PeerAdvice advice;
    private final ResourceLibrary resources;
    private final MemberBlog blog;
    private final EventProgramme events;
    private final LibraryDirectory libraries;

    public SiteSearch(PeerAdvice advice, ResourceLibrary resources, MemberBlog blog, EventProgramme events,
                      LibraryDirectory libraries) {
        this.advice = advice;
        this.resources = resources;
        this.blog = blog;
        this.events = events;
        this.libraries = libraries;
    }

    /**
     * @param member whether a signed-in member searches (they also find questions only members see)
     */
    public List<SearchHit> search(String words, boolean member) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        String text = words.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        List<SearchHit> hits = new ArrayList<>();
        List<Question> questions = member ? advice.list(QuestionList.NEWEST, null, null, text, EACH)
                : advice.publicMatching(text, EACH);
        questions.forEach(q -> hits.add(new SearchHit(SearchHit.Kind.QUESTION, q.id().value(), q.title(),
                q.answerCount() + (q.answerCount() == 1 ? " answer" : " answers") + (q.isSolved() ? ", solved" : ""), q.askedAt())));
        for (Resource r : resources.search(new ResourceSearch(text, null, null, EACH))) {
            hits.add(new SearchHit(SearchHit.Kind.RESOURCE, r.id().value(), r.title(), r.summary(), r.publishedAt()));
        }
        for (Post p : blog.publishedMatching(text, EACH)) {
            hits.add(new SearchHit(SearchHit.Kind.POST, p.id().value(), p.title(), null, p.publishedAt()));
        }
        for (NetworkEvent e : events.publicMatching(text, EACH)) {
            hits.add(new SearchHit(SearchHit.Kind.EVENT, e.id().value(), e.title(), null, e.startsAt()));
        }
        DirectorySearch inDirectory = new DirectorySearch(text, null, false, null, null, null, null,
                DirectorySearch.OpenOrClosed.ANY, DirectorySearch.Sort.NAME, 1, EACH);
        for (Library l : libraries.search(inDirectory).libraries()) {
            hits.add(new SearchHit(SearchHit.Kind.LIBRARY, l.id().value(), l.name(), l.localAuthority(), null));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        hits.sort(Comparator.comparing((SearchHit h) -> !h.title().toLowerCase(Locale.ROOT).contains(lower)));
        return hits;
    }
}
