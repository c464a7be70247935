package uk.cmlnetwork.web.mail;

import java.util.List;
import uk.cmlnetwork.newsletter.IssueItem;
import uk.cmlnetwork.newsletter.ItemSection;
import uk.cmlnetwork.newsletter.NewsletterIssue;

/**
 * An issue as an email, in plain text and HTML, made once per issue; each recipient's copy only
 * puts their own unsubscribe address in place of {@link #UNSUBSCRIBE}. Everything from the issue is
 * escaped in the HTML. The address starts a line of its own in both (see {@link PreparedLetter}).
 */
public final class NewsletterLetter {
    static final String UNSUBSCRIBE = "{{unsubscribe}}";

    private final String subject;
    private final String text;
    private final String html;

    public NewsletterLetter(NewsletterIssue issue, String siteUrl) {
        this.subject = issue.title();
        StringBuilder t = new StringBuilder(issue.title()).append("\n\n");
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(issue.title())).append("</title></head><body style=\"font-family: Arial, sans-serif;"
                        + " max-width: 40em; color: #0b0c0c\"><h1>").append(escape(issue.title())).append("</h1>");
        for (String paragraph : issue.introParagraphs()) {
            t.append(paragraph).append("\n\n");
            h.append("<p>").append(escape(paragraph)).append("</p>");
        }
        for (ItemSection section : ItemSection.values()) {
            List<IssueItem> items = issue.includedIn(section);
            if (items.isEmpty()) {
                continue;
            }
            t.append("== ").append(section.heading()).append(" ==\n\n");
            h.append("<h2>").append(escape(section.heading())).append("</h2><ul>");
            for (IssueItem item : items) {
                String address = item.address(siteUrl);
                t.append("* ").append(item.title()).append('\n');
                if (item.summary() != null) {
                    t.append("  ").append(item.summary()).append('\n');
                }
                t.append("  ").append(address).append("\n\n");
                h.append("<li><a href=\"").append(escape(address)).append("\">").append(escape(item.title())).append("</a>");
                if (item.summary() != null) {
                    h.append("<br>").append(escape(item.summary()));
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        String archive = siteUrl + "newsletter-issue.xhtml?id=" + issue.id();
        t.append("Read this issue on the web: ").append(archive).append("\n\n")
                .append("You get this because you asked for the CML Network newsletter. Stop it here (no sign-in needed):\n")
                .append(UNSUBSCRIBE).append('\n');
        h.append("<hr><p style=\"font-size: 14px\"><a href=\"").append(escape(archive)).append("\">Read this issue on the web</a>."
                + " You get this because you asked for the CML Network newsletter. <a\nhref=\"").append(UNSUBSCRIBE)
                .append("\">Unsubscribe</a> (no sign-in needed).</p></body></html>");
        this.text = t.toString();
        this.html = h.toString();
    }

    /** A letter already written: the text and HTML each hold {@link #UNSUBSCRIBE} once, at the start of a line. */
    NewsletterLetter(String subject, String text, String html) {
        this.subject = subject;
        this.text = text;
        this.html = html;
    }

    public String subject() {
        return subject;
    }

    public String text(String unsubscribeUrl) {
        return text.replace(UNSUBSCRIBE, unsubscribeUrl);
    }

    public String html(String unsubscribeUrl) {
        return html.replace(UNSUBSCRIBE, escape(unsubscribeUrl));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
