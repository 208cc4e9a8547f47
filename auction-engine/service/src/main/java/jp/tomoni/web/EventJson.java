package jp.tomoni.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import jp.tomoni.core.clock.SupplyBand;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.LoggedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An engine event as JSON for officers and analysts, who see every event in full: bidders' identities,
 * quantities and exit prices included. It must never be sent to a bidder.
 *
 * <p>Shape: {@code seq}, {@code index} and {@code at} (ISO-8601 UTC) of the command that caused it,
 * {@code type} (the event's simple class name, e.g. {@code RoundClosed}), then each of the event's fields
 * under its own name, in declaration order. Prices are decimal strings ({@code "27.30"}), times ISO-8601,
 * supply bands their label ({@code "(1.5,2]"}), enums their name, kWh whole numbers, lists arrays and nested
 * records objects; an absent value is {@code null}. No number is ever floating point.
 */
public final class EventJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventJson() {
    }

    /** The event as a JSON object. */
    public static ObjectNode of(LoggedEvent logged) {
        ObjectNode node = NODES.objectNode();
        node.put("seq", logged.seq()).put("index", logged.index()).put("at", logged.at().toString())
                .put("type", type(logged));
        if (logged.event() instanceof Record event) {
            fields(node, event);
        }
        return node;
    }

    /** Events as a JSON array, in the order given. */
    public static ArrayNode of(List<LoggedEvent> events) {
        ArrayNode array = NODES.arrayNode();
        events.forEach(e -> array.add(of(e)));
        return array;
    }

    /** The event as compact JSON text on one line, e.g. for a server-sent event's data. */
    public static String text(LoggedEvent logged) {
        return JSON.writeValueAsString(of(logged));
    }

    /** The event's type name: its simple class name. */
    public static String type(LoggedEvent logged) {
        return logged.event().getClass().getSimpleName();
    }

    private static void fields(ObjectNode node, Record value) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            put(node, component.getName(), read(component, value));
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + value.getClass().getSimpleName(), e);
        }
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value instanceof List<?> list) {
            ArrayNode array = node.putArray(name);
            list.forEach(element -> add(array, element));
        } else if (value instanceof java.util.Set<?> set) {
            ArrayNode array = node.putArray(name);
            set.stream().sorted(java.util.Comparator.comparing(String::valueOf))
                    .forEach(element -> add(array, element));
        } else if (value instanceof Record record && !isScalar(value)) {
            fields(node.putObject(name), record);
        } else {
            node.set(name, scalar(value));
        }
    }

    private static void add(ArrayNode array, Object value) {
        if (value instanceof Record record && !isScalar(value)) {
            fields(array.addObject(), record);
        } else {
            array.add(scalar(value));
        }
    }

    private static boolean isScalar(Object value) {
        return value instanceof Price || value instanceof Kwh;
    }

    private static JsonNode scalar(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Price price) {
            return NODES.stringNode(price.toString());
        } else if (value instanceof Kwh kwh) {
            return NODES.numberNode(kwh.value());
        } else if (value instanceof Instant time) {
            return NODES.stringNode(time.toString());
        } else if (value instanceof SupplyBand band) {
            return NODES.stringNode(band.label());
        } else if (value instanceof Enum<?> constant) {
            return NODES.stringNode(constant.name());
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        return NODES.stringNode(value.toString());
    }
}
