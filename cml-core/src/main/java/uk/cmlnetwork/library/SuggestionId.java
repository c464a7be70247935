package uk.cmlnetwork.library;

import java.util.Objects;
import java.util.UUID;

public record SuggestionId(String value) {
    public SuggestionId {
        Objects.requireNonNull(value, "suggestion id");
    }

    public static SuggestionId newId() {
        return new SuggestionId(UUID.randomUUID().toString());
    }
}
