package uk.cmlnetwork.web.page;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON builders every JSON answer of the web module is made with. {@code Json.createObjectBuilder()}
 * and its siblings look the JSON-P provider up with a {@code ServiceLoader} on every call
 * (jakartaee/jsonp-api#154); one factory, made once, does that look-up once.
 */
public final class JsonBuilders {
    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return FACTORY.createArrayBuilder(values);
    }
}
