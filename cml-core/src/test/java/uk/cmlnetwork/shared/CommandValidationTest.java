package uk.cmlnetwork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.EventId;

class CommandValidationTest {
    @Test
    void stillChecksEveryPropertyOfACommand() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            InputCheck check = new InputCheck(CommandValidation.validator(factory));
            InvalidInput invalid = assertThrows(InvalidInput.class,
                    () -> check.check(new BookPlace(null, " ", "not an address")));
            assertEquals(Map.of("eventId", "Choose an event", "name", "Enter your full name",
                    "email", "Enter an email address in the correct format, like name@example.org"), invalid.problems());
            check.check(new BookPlace(new EventId("e1"), "Ann", "ann@example.org"));
        }
    }
}
