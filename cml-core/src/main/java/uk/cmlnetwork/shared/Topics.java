package uk.cmlnetwork.shared;

import java.util.Collection;
import java.util.List;

/** The topics the network uses (reference data, added by migrations and coordinators). */
public interface Topics {
    List<Topic> all();

    List<Topic> withCodes(Collection<String> codes);

    void store(Topic topic);

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
