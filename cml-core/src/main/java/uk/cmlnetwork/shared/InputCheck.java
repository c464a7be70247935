package uk.cmlnetwork.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
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
        Map<String, String> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * The command's problems, field by field, without refusing it: for a service that has rules of its own
     * to check too, and then refuses the input naming every problem at once.
     */
    public Map<String, String> problems(Object command) {
        Map<String, String> problems = new LinkedHashMap<>();
        // Problems are named by the field a person filled in ("email"), not by where the command keeps it.
        validator.validate(command).stream()
                .sorted(Comparator.comparing(InputCheck::field))
                .forEach(v -> problems.merge(field(v), v.getMessage(), (a, b) -> a));
        return problems;
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
