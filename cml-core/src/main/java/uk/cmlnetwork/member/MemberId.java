package uk.cmlnetwork.member;

import java.util.Objects;
import java.util.UUID;

public record MemberId(String value) {
    public MemberId {
        Objects.requireNonNull(value, "member id");
    }

    public static MemberId newId() {
        return new MemberId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
