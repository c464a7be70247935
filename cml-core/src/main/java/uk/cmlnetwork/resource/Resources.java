package uk.cmlnetwork.resource;

import java.util.List;
import java.util.Optional;

public interface Resources {
    void store(Resource resource);

    Optional<Resource> find(ResourceId id);

    /** Newest first. */
    List<Resource> newest(int limit);
}
