package uk.cmlnetwork.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One piece of news in an issue, copied when the issue is drafted so the archive still reads the
 * same later: a post, an event with places left, a resource or funding closing soon.
 */
@Embeddable
public class IssueItem {
    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 20)
    private ItemSection section;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", length = 600)
    private String summary;

    /** A path on this site, such as post.xhtml?id=..., or a full https address. */
    @Column(name = "link", nullable = false, length = 1000)
    private String link;

    /** The coordinator may leave an item out without losing it from the draft. */
    @Column(name = "included", nullable = false)
    private boolean included;

    protected IssueItem() {
    }

    IssueItem(ItemSection section, String title, String summary, String link) {
        this.section = section;
        this.title = title;
        this.summary = summary == null || summary.length() <= 600 ? summary : summary.substring(0, 597) + "...";
        this.link = link;
        this.included = true;
    }

    void include(boolean included) {
        this.included = included;
    }

    public ItemSection section() {
        return section;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String link() {
        return link;
    }

    /** The link as a full address: site paths are put after the site's address. */
    public String address(String siteUrl) {
        return link.startsWith("http://") || link.startsWith("https://") ? link : siteUrl + link;
    }

    public boolean isIncluded() {
        return included;
    }
}
