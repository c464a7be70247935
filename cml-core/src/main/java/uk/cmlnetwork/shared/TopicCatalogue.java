package uk.cmlnetwork.shared;

import java.util.Locale;

/** Coordinators add the topics the network needs (e.g. "Digital inclusion"). The caller owns the transaction. */
public class TopicCatalogue {
    private final Topics topics;

    public TopicCatalogue(Topics topics) {
        this.topics = topics;
    }

    /** Adds a topic; its code is made from the name. The same name twice, in any case, is refused. */
    public Topic add(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 120) {
            throw InvalidInput.of("topic", "Enter the topic's name, in 120 characters or fewer");
        }
        String slug = clean.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            throw InvalidInput.of("topic", "Use letters or numbers in the topic's name");
        }
        String code = slug.length() > 60 ? slug.substring(0, 60) : slug;
        if (topics.all().stream().anyMatch(t -> t.code().equals(code) || t.name().equalsIgnoreCase(clean))) {
            throw InvalidInput.of("topic", "There is already a topic called " + clean);
        }
        Topic topic = new Topic(code, clean);
        topics.store(topic);
        return topic;
    }
}
