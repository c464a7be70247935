package uk.cmlnetwork.library;

import java.util.Objects;
import java.util.UUID;

public record LibraryId(String value) {
    public LibraryId {
        Objects.requireNonNull(value, "library id");
    }

    public static LibraryId newId() {
        return new LibraryId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
