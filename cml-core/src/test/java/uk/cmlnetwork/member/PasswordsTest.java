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

    /** The 100,000 most common breached passwords are refused, not only the first hundred. */
    @Test
    void refusesTheHundredThousandMostCommonPasswords() {
        // 100,000 in the list, 96,598 once letter case is ignored.
        assertTrue(PasswordPolicy.breachedCount() >= 95_000, "breached passwords known: " + PasswordPolicy.breachedCount());
        for (String common : new String[] {"qwertyuiop123", "q1w2e3r4t5y6", "1234567890qw", "123qweasdzxc"}) {
            assertTrue(PasswordPolicy.problemWith(common, null).orElse("").contains("too common"), common);
        }
    }
}
