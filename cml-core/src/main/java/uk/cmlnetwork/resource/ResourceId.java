package uk.cmlnetwork.resource;

import java.util.Objects;
import java.util.UUID;

public record ResourceId(String value) {
    public ResourceId {
        Objects.requireNonNull(value, "resource id");
    }

    public static ResourceId newId() {
        return new ResourceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
