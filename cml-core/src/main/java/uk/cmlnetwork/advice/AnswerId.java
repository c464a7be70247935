package uk.cmlnetwork.advice;

import java.util.Objects;
import java.util.UUID;

public record AnswerId(String value) {
    public AnswerId {
        Objects.requireNonNull(value, "answer id");
    }

    public static AnswerId newId() {
        return new AnswerId(UUID.randomUUID().toString());
    }
}
