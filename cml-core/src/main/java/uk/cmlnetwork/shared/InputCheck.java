package uk.cmlnetwork.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Runs the Bean Validation constraints of a command and turns violations into {@link InvalidInput}. */
public final class InputCheck {
    private final Validator validator;

    public InputCheck(Validator validator) {
        this.validator = validator;
    }

    public void check(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a));
        throw new InvalidInput(problems);
    }
}
