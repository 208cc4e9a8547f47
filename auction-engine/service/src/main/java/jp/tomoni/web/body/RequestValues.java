package jp.tomoni.web.body;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.Role;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the value types of request bodies are read. Each is a JSON string parsed exactly by the type's own
 * parser ({@link Price#parse}: at most two decimals, never floating point); anything else, a JSON number
 * included, is refused with the type's code, and Jackson adds the place.
 *
 * <table>
 *   <caption>Value types and their codes</caption>
 *   <tr><th>type</th><th>written as</th><th>code</th></tr>
 *   <tr><td>{@link Price}</td><td>{@code "27.30"}</td><td>{@code INVALID_PRICE}</td></tr>
 *   <tr><td>{@link Percentage}</td><td>{@code "5"}, {@code "2.5"}</td><td>{@code INVALID_PERCENTAGE}</td></tr>
 *   <tr><td>{@link EmissionFactor}</td><td>{@code "0.433"} (kg-CO2/kWh)</td><td>{@code INVALID_FACTOR}</td></tr>
 *   <tr><td>{@link FactorKind}</td><td>{@code "adjusted"}</td><td>{@code INVALID_FACTOR_KIND}</td></tr>
 *   <tr><td>{@link OffsetDateTime}</td><td>{@code "2026-12-01T10:00:00+09:00"}</td><td>{@code INVALID_TIME}</td></tr>
 *   <tr><td>{@link LocalDate}</td><td>{@code "2027-04-01"}</td><td>{@code INVALID_DATE}</td></tr>
 *   <tr><td>{@link FacilityType}</td><td>{@code "SCHOOL"} (any case)</td><td>{@code UNKNOWN_TYPE}</td></tr>
 *   <tr><td>{@link VoltageClass}</td><td>{@code "HIGH"} (any case)</td><td>{@code UNKNOWN_VOLTAGE_CLASS}</td></tr>
 *   <tr><td>{@link Identifier}</td><td>{@code "AUC-2026-01"}</td><td>{@code INVALID_ID}</td></tr>
 *   <tr><td>{@link Text}</td><td>{@code "Chiyoda schools"}</td><td>{@code INVALID_TEXT}</td></tr>
 * </table>
 */
public final class RequestValues {

    private RequestValues() {
    }

    /** The module that reads every value type above. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("tomoni-request-values");
        text(module, Price.class, "INVALID_PRICE", "a price is a decimal string such as \"27.30\"", Price::parse);
        text(module, Percentage.class, "INVALID_PERCENTAGE", "a percentage is a decimal string such as \"5\"",
                Percentage::parse);
        text(module, EmissionFactor.class, "INVALID_FACTOR",
                "an emission factor is a decimal string in kg-CO2/kWh such as \"0.433\"", EmissionFactor::parse);
        text(module, FactorKind.class, "INVALID_FACTOR_KIND", "a factor kind is \"basic\" or \"adjusted\"",
                FactorKind::parse);
        text(module, OffsetDateTime.class, "INVALID_TIME",
                "a time is an ISO-8601 string with its offset such as \"2026-12-01T10:00:00+09:00\"",
                RequestValues::time);
        text(module, LocalDate.class, "INVALID_DATE", "a date is an ISO-8601 string such as \"2027-04-01\"",
                RequestValues::date);
        text(module, FacilityType.class, "UNKNOWN_TYPE", "a facility type is a string",
                t -> constant(FacilityType.values(), t));
        text(module, VoltageClass.class, "UNKNOWN_VOLTAGE_CLASS", "a voltage class is a string",
                t -> constant(VoltageClass.values(), t));
        text(module, Role.class, "UNKNOWN_ROLE", "a role is a string",
                t -> constant(Role.values(), t));
        text(module, Identifier.class, "INVALID_ID", "an id is a string such as \"AUC-2026-01\"", Identifier::new);
        text(module, Text.class, "INVALID_TEXT", "a text is a JSON string", Text::new);
        return module;
    }

    private static <T> void text(SimpleModule module, Class<T> type, String code, String expected,
                                 Function<String, T> parser) {
        module.addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    throw new BodyValueException(code, null, expected + ", not " + describe(p));
                }
                try {
                    return parser.apply(p.getString());
                } catch (IllegalArgumentException e) {
                    throw new BodyValueException(code, null, e.getMessage());
                }
            }
        });
    }

    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + Text.visible(text, 80)
                    + "\" is not an ISO-8601 time with offset, such as \"2026-12-01T10:00:00+09:00\"");
        }
    }

    private static LocalDate date(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException("\"" + Text.visible(text, 80)
                    + "\" is not an ISO-8601 date, such as \"2027-04-01\"");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a day of the calendar");
        }
    }

    private static <E extends Enum<E>> E constant(E[] values, String text) {
        for (E value : values) {
            if (value.name().equals(text.toUpperCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new IllegalArgumentException("\"" + Text.visible(text, 80) + "\" is not one of "
                + Arrays.toString(values));
    }

    /** The JSON value the parser stands on, in words. */
    static String describe(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Text.visible(p.getValueAsString(), 40);
            case VALUE_TRUE, VALUE_FALSE -> token.asString();
            default -> token.name();
        };
    }
}
