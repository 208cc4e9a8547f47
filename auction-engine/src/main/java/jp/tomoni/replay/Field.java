package jp.tomoni.replay;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.tomoni.core.unit.Price;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value together with its place in the file, so that every error names where it happened.
 *
 * @param node  the value
 * @param place its path, e.g. {@code lot.facilities[3]}
 */
record Field(JsonNode node, String place) {

    /** Fails unless this is an object whose every property name is in {@code allowed}. */
    Field object(Set<String> allowed) {
        if (!node.isObject()) {
            throw new ScenarioException(place, "expected an object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new ScenarioException(child(name), "unknown field (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    Field required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ScenarioException(child(name), "required field is missing");
        }
        return new Field(value, child(name));
    }

    /** The property, or {@code null} when absent or JSON null. */
    Field optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new Field(value, child(name));
    }

    String text() {
        if (!node.isString()) {
            throw new ScenarioException(place, "expected a string");
        }
        return node.stringValue();
    }

    long wholeNumber() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ScenarioException(place, "expected a whole number, got " + node);
        }
        return node.longValue();
    }

    int smallNumber() {
        long value = wholeNumber();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ScenarioException(place, "number " + value + " is out of range");
        }
        return (int) value;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw new ScenarioException(place, "expected true or false");
        }
        return node.booleanValue();
    }

    Price price() {
        return parsed(Price::parse);
    }

    OffsetDateTime time() {
        try {
            return OffsetDateTime.parse(text());
        } catch (DateTimeParseException e) {
            throw new ScenarioException(place, "\"" + node.stringValue() + "\" is not an ISO-8601 time with offset");
        }
    }

    /** Parses this field's text with a domain parser, turning its refusal into an error at this place. */
    <T> T parsed(Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(place, e.getMessage());
        }
    }

    List<Field> elements() {
        if (!node.isArray()) {
            throw new ScenarioException(place, "expected an array");
        }
        List<Field> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Field(node.get(i), place + "[" + i + "]"));
        }
        return elements;
    }

    private String child(String name) {
        return place.isEmpty() ? name : place + "." + name;
    }
}
