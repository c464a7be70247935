package uk.cmlnetwork.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashesWithPbkdf2AtSixHundredThousandIterationsAndASaltEach() {
        PasswordHashing hashing = new PasswordHashing();
        String first = hashing.hash("three random library words");
        String second = hashing.hash("three random library words");
        assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
        assertFalse(first.equals(second), "each password gets its own salt");
        assertTrue(hashing.matches("three random library words", first));
        assertFalse(hashing.matches("three random library wordz", first));
        assertFalse(hashing.matches("anything", null));
    }

    @Test
    void refusesShortCommonAndOverlongPasswords() {
        assertEquals(Optional.of("Your password must be at least 12 characters long"),
                PasswordPolicy.problemWith("short", null));
        assertTrue(PasswordPolicy.problemWith("Password1234", null).orElseThrow().contains("too common"));
        assertTrue(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa", null).orElseThrow().contains("too common"));
        assertTrue(PasswordPolicy.problemWith("x".repeat(129), null).isPresent());
        assertTrue(PasswordPolicy.problemWith("ann@example.org-2026", "ann@example.org").isPresent());
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("kettle harbour violet", "ann@example.org"));
    }
}
