package uk.cmlnetwork.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Input refused at a service boundary: each problem names the field and says what to fix. */
public class InvalidInput extends DomainException {
    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super(describe(problems));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    /** Field name to message, in a stable order. */
    public Map<String, String> problems() {
        return problems;
    }

    private static String describe(Map<String, String> problems) {
        return problems.entrySet().stream()
                .map(p -> p.getKey() + ": " + p.getValue())
                .collect(Collectors.joining("; "));
    }
}
