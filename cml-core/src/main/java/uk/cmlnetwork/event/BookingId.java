package uk.cmlnetwork.event;

import java.util.Objects;
import java.util.UUID;

public record BookingId(String value) {
    public BookingId {
        Objects.requireNonNull(value, "id");
    }

    public static BookingId newId() {
        return new BookingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
