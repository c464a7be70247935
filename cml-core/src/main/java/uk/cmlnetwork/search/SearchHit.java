package uk.cmlnetwork.search;

import java.time.Instant;

/**
 * One thing the site's search found.
 *
 * @param id the id of the question, resource, post, event or library
 * @param detail a line about it (a summary, an authority), or null
 * @param when its date (asked, published, held), or null for a library
 */
public record SearchHit(Kind kind, String id, String title, String detail, Instant when) {
    /** What it is, in the order the search lists them when they match as well. */
    public enum Kind {
        QUESTION("Question"),
        RESOURCE("Resource"),
        POST("Blog post"),
        EVENT("Event"),
        LIBRARY("Library");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
