package uk.cmlnetwork.web.post;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.setup.Settings;

/**
 * The Atom feed of published guest posts (/feeds/posts.atom), and one per topic
 * (/feeds/posts.atom?topic=volunteering). Anyone may subscribe.
 */
@WebServlet("/feeds/posts.atom")
public class PostsFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient BlogFacade blog;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String topicCode = request.getParameter("topic");
        Optional<Topic> topic = Optional.empty();
        if (topicCode != null && !topicCode.isBlank()) {
            topic = blog.topics().stream().filter(t -> t.code().equals(topicCode)).findFirst();
            if (topic.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no topic called " + topicCode);
                return;
            }
        }
        List<Post> posts = blog.published(topic.map(Topic::code).orElse(null), null);
        String site = settings.siteUrl();
        String self = site + "feeds/posts.atom" + topic.map(t -> "?topic=" + URLEncoder.encode(t.code(), StandardCharsets.UTF_8)).orElse("");

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("CML Network blog" + topic.map(t -> ": " + t.name()).orElse(""));
        feed.setDescription("Guest posts from community managed libraries in England");
        feed.setUri(self);
        feed.setLink(site + "blog.xhtml" + topic.map(t -> "?topic=" + URLEncoder.encode(t.code(), StandardCharsets.UTF_8)).orElse(""));
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType("application/atom+xml");
        List<SyndLink> links = new ArrayList<>(feed.getLinks());
        links.add(selfLink);
        feed.setLinks(links);
        // Atom's <updated>: the newest change among the posts (an empty feed says now).
        feed.setPublishedDate(Date.from(posts.stream().map(Post::updatedAt).max(java.util.Comparator.naturalOrder())
                .orElseGet(java.time.Instant::now)));
        feed.setAuthor("CML Network");
        List<SyndEntry> entries = new ArrayList<>();
        for (Post post : posts) {
            entries.add(entry(post, site));
        }
        feed.setEntries(entries);

        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/atom+xml");
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("Could not write the feed", e);
        }
    }

    private static SyndEntry entry(Post post, String site) {
        SyndEntry entry = new SyndEntryImpl();
        String link = site + "post.xhtml?id=" + post.id().value();
        entry.setUri("urn:uuid:" + post.id().value());
        entry.setLink(link);
        entry.setTitle(post.title());
        entry.setAuthor(post.byline());
        entry.setPublishedDate(Date.from(post.publishedAt()));
        entry.setUpdatedDate(Date.from(post.updatedAt()));
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(post.bodyHtml()); // already sanitised; Rome escapes it inside the XML
        entry.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        for (Topic topic : post.topics()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(topic.code());
            category.setLabel(topic.name());
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }
}
