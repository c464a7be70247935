package uk.cmlnetwork.post;

import java.util.Objects;
import java.util.UUID;

public record PostId(String value) {
    public PostId {
        Objects.requireNonNull(value, "post id");
    }

    public static PostId newId() {
        return new PostId(UUID.randomUUID().toString());
    }
}
