package uk.cmlnetwork.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What makes a password acceptable: long enough, not too long, and not a well-known breached one. The
 * breached ones are the 100,000 most common passwords of public breach lists, as the nbvcxz password
 * library publishes them (MIT licence; read from its jar, none of its code is used), and the product's
 * own short list of words people choose for a library network.
 */
public final class PasswordPolicy {
    public static final int MINIMUM = 12;
    public static final int MAXIMUM = 128;
    private static final Set<String> BREACHED = Stream.concat(
                    load("/dictionaries/passwords.txt").stream(),
                    load("/uk/cmlnetwork/member/breached-passwords.txt").stream())
            .collect(Collectors.toUnmodifiableSet());

    private PasswordPolicy() {
    }

    /** The problem with this password, in words for the member, or empty when it is fine. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MINIMUM) {
            return Optional.of("Your password must be at least " + MINIMUM + " characters long");
        }
        if (password.length() > MAXIMUM) {
            return Optional.of("Your password must be " + MAXIMUM + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (BREACHED.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("This password is too common and easy to guess: choose another one, "
                    + "for example three random words");
        }
        if (email != null && !email.isBlank() && lower.contains(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Your password must not contain your email address");
        }
        return Optional.empty();
    }

    /** How many breached passwords are refused. */
    static int breachedCount() {
        return BREACHED.size();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
