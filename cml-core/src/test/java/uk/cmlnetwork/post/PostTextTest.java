package uk.cmlnetwork.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Malicious Markdown comes out harmless; ordinary Markdown comes out as expected. */
class PostTextTest {
    private final PostText text = new PostText(Set.of("images.example.org"));

    @Test
    void ordinaryMarkdownBecomesHtml() {
        String html = text.toHtml("## How we started\n\nWe *asked* the **parish council**.\n\n- tea\n- books\n\n"
                + "[Our site](https://wrington.example.org)");
        assertTrue(html.contains("<h2>How we started</h2>"), html);
        assertTrue(html.contains("<em>asked</em>") && html.contains("<strong>parish council</strong>"), html);
        assertTrue(html.contains("<li>tea</li>"), html);
        assertTrue(html.contains("href=\"https://wrington.example.org\"") && html.contains("rel=\"nofollow noopener noreferrer\""), html);
    }

    @Test
    void noScriptNoEventHandlersNoJavascriptLinks() {
        String html = text.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)\n\n"
                + "<a href=\"javascript:alert(1)\" onclick=\"steal()\">x</a> <iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[spaced](  JaVaScRiPt:alert(1)) <svg onload=alert(1)>");
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.matches("(?s).*(href|src)=\"\\s*(javascript|data):.*"), html);
        assertFalse(lower.contains("<iframe") || lower.contains("<svg") || lower.contains("<img"), html);
        assertFalse(lower.matches("(?s).*<[^>]*\\son[a-z]+=.*"), "no event handler attribute: " + html);
        assertTrue(html.contains("&lt;script&gt;"), "typed HTML shows as text: " + html);
    }

    @Test
    void imagesOnlyFromTheSiteOrAllowedHosts() {
        assertTrue(text.toHtml("![Our reading room](https://images.example.org/room.jpg)").contains(
                "<img src=\"https://images.example.org/room.jpg\" alt=\"Our reading room\" />"));
        assertTrue(text.toHtml("![Logo](/resources/cml/logo.png)").contains("<img src=\"/resources/cml/logo.png\""));
        assertFalse(text.toHtml("![Tracker](https://tracker.example.com/pixel.gif)").contains("<img"));
        assertFalse(text.toHtml("![Plain](http://images.example.org/room.jpg)").contains("<img"), "https only");
        assertFalse(text.toHtml("![Other](//tracker.example.com/pixel.gif)").contains("<img"));
        assertEquals("", text.toHtml(null));
    }

    /** Addresses a browser reads differently from a naive check: each is another site's image. */
    @Test
    void addressTricksNeverPassTheImageAllowList() {
        for (String trick : List.of("/\\evil.example/p.png", "\\/evil.example/p.png", "\\\\evil.example/p.png",
                " //evil.example/p.png", "/\t/evil.example/p.png", "/\n/evil.example/p.png",
                "https://images.example.org@evil.example/p.png", "https://images.example.org.evil.example/p.png",
                "https://evil.example\\@images.example.org/p.png", "https://evil.example/images.example.org/p.png",
                "https:evil.example/p.png", "javascript:alert(1)", "data:image/png;base64,AAAA", "HTTP://images.example.org/p.png",
                "//images.example.org/p.png", "https://evil.example#https://images.example.org/p.png")) {
            assertNull(PostText.allowedImage(trick, Set.of("images.example.org")), trick);
        }
        assertEquals("https://images.example.org/room.jpg",
                PostText.allowedImage("  https:\\\\images.example.org\\room.jpg ", Set.of("images.example.org")),
                "written as the browser would read it");
        assertFalse(text.toHtml("![x](/\\evil.example/p.png)").contains("<img"));
    }
}
