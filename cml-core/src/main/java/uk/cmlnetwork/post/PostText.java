package uk.cmlnetwork.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what a member wrote in Markdown into HTML that is safe to show: HTML typed into the post is
 * shown as text, and the result is sanitised again (OWASP HTML Sanitizer), so no script, no event
 * handlers, no javascript: links; images only from the site itself or the hosts allowed here.
 */
public class PostText {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy;

    /** @param imageHosts the hosts images may come from over https, e.g. "images.example.org" */
    public PostText(Set<String> imageHosts) {
        Set<String> hosts = imageHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em",
                        "strong", "ul", "ol", "li", "a", "img")
                .allowAttributes("start").matching(true, "1", "2", "3", "4", "5", "6", "7", "8", "9").onElements("ol")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                .allowAttributes("src").matching((element, attribute, value) -> allowedImage(value, hosts))
                .onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("title").onElements("a")
                // an image whose address was refused goes altogether, not left as a broken picture
                .allowElements((element, attributes) -> hasSource(attributes) ? element : null, "img")
                .toFactory();
    }

    /** No image hosts beyond the site itself. */
    public static PostText siteImagesOnly() {
        return new PostText(Set.of());
    }

    public String toHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return policy.sanitize(html);
    }

    /** The sanitiser gives attributes as name, value, name, value... */
    private static boolean hasSource(java.util.List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("src".equals(attributes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The image's address as a browser reads it, if it is on the site or an allowed host; otherwise null. */
    static String allowedImage(String src, Set<String> hosts) {
        String address = asABrowserReadsIt(src);
        if (address.startsWith("/") && !address.startsWith("//")) {
            return address; // on this site
        }
        try {
            URI uri = new URI(address);
            boolean allowed = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
            return allowed ? address : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    /**
     * Browsers (the WHATWG URL standard) skip leading and trailing spaces and control characters, drop
     * tabs and line breaks anywhere, and read a backslash as a slash: so {@code /\evil.example/p.png} is
     * another site's image, not one of ours. The address is checked, and written, as they read it.
     */
    private static String asABrowserReadsIt(String src) {
        String trimmed = src.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        return trimmed.replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
    }
}
