package uk.cmlnetwork.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {
    @Test
    void startsOnlyOnTheDatabaseItIsSetTo() {
        assertEquals(Optional.empty(), DatabaseChoice.refusal("derby", null, "Apache Derby"));
        assertEquals(Optional.empty(), DatabaseChoice.refusal("postgresql", "postgresql", "PostgreSQL"));
        String cached = DatabaseChoice.refusal("derby", "postgresql", "Apache Derby").orElseThrow();
        assertTrue(cached.contains("CML_DATABASE=postgresql") && cached.contains("--clean"), cached);
        assertTrue(DatabaseChoice.refusal("postgresql", null, "Apache Derby").isPresent());
    }
}
