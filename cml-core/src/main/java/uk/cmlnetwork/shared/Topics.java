package uk.cmlnetwork.shared;

import java.util.Collection;
import java.util.List;

/** The topics the network uses (reference data, added by migrations and coordinators). */
public interface Topics {
    List<Topic> all();

    List<Topic> withCodes(Collection<String> codes);

    void store(Topic topic);

    /**
     * Adds a topic coordinators need (e.g. "Digital inclusion"); its code is made from the name.
     * The same name twice, in any case, is refused.
     */
    default Topic add(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 120) {
            throw InvalidInput.of("topic", "Enter the topic's name, in 120 characters or fewer");
        }
        String code = clean.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (code.isEmpty()) {
            throw InvalidInput.of("topic", "Use letters or numbers in the topic's name");
        }
        boolean exists = all().stream().anyMatch(t -> t.code().equals(code) || t.name().equalsIgnoreCase(clean));
        if (exists) {
            throw InvalidInput.of("topic", "There is already a topic called " + clean);
        }
        Topic topic = new Topic(code.length() > 60 ? code.substring(0, 60) : code, clean);
        store(topic);
        return topic;
    }

    /** The topics with these codes; refuses the input if any code is unknown. */
    default List<Topic> chosen(List<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes.stream().distinct().toList();
        List<Topic> found = wanted.isEmpty() ? List.of() : withCodes(wanted);
        if (found.size() != wanted.size()) {
            throw InvalidInput.of("topicCodes", "Choose topics from the network's list of topics");
        }
        return found;
    }
}
