package jp.tomoni.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.tomoni.core.unit.Price;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value together with its place in the input, so that every error names where it happened.
 *
 * @param node  the value
 * @param place its path, e.g. {@code lot.facilities[3]}
 */
public record JsonField(JsonNode node, String place) {

    /** Fails unless this is an object whose every property name is in {@code allowed}. */
    public JsonField object(Set<String> allowed) {
        if (!node.isObject()) {
            throw new InvalidInputException(place, "expected an object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException(child(name), "unknown field (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    public JsonField required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(child(name), "required field is missing");
        }
        return new JsonField(value, child(name));
    }

    /** The property, or {@code null} when absent or JSON null. */
    public JsonField optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new JsonField(value, child(name));
    }

    public String text() {
        if (!node.isString()) {
            throw new InvalidInputException(place, "expected a string");
        }
        return node.stringValue();
    }

    public long wholeNumber() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidInputException(place, "expected a whole number, got " + node);
        }
        return node.longValue();
    }

    public int smallNumber() {
        long value = wholeNumber();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(place, "number " + value + " is out of range");
        }
        return (int) value;
    }

    public boolean bool() {
        if (!node.isBoolean()) {
            throw new InvalidInputException(place, "expected true or false");
        }
        return node.booleanValue();
    }

    public Price price() {
        if (!node.isString()) {
            throw new InvalidInputException(place, "INVALID_PRICE", "a price is a decimal string such as \"27.30\", got " + node);
        }
        return parsed(Price::parse, "INVALID_PRICE");
    }

    public OffsetDateTime time() {
        try {
            return OffsetDateTime.parse(text());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(place, "\"" + node.stringValue() + "\" is not an ISO-8601 time with offset");
        }
    }

    /** Parses this field's text with a domain parser, turning its refusal into an error at this place. */
    public <T> T parsed(Function<String, T> parser) {
        return parsed(parser, "INVALID_FIELD");
    }

    /** As {@link #parsed(Function)}, reporting a refusal with {@code code}. */
    public <T> T parsed(Function<String, T> parser, String code) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(place, code, e.getMessage());
        }
    }

    public List<JsonField> elements() {
        if (!node.isArray()) {
            throw new InvalidInputException(place, "expected an array");
        }
        List<JsonField> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonField(node.get(i), place + "[" + i + "]"));
        }
        return elements;
    }

    private String child(String name) {
        return place.isEmpty() ? name : place + "." + name;
    }
}
