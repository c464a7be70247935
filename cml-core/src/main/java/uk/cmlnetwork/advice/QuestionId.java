package uk.cmlnetwork.advice;

import java.util.Objects;
import java.util.UUID;

public record QuestionId(String value) {
    public QuestionId {
        Objects.requireNonNull(value, "question id");
    }

    public static QuestionId newId() {
        return new QuestionId(UUID.randomUUID().toString());
    }
}
