package jp.tomoni.web;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import jp.tomoni.web.body.BodyValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names what is wrong with a request body that could not be bound: a stable code, the field at fault as a
 * path ({@code clock.tranches}, {@code bidders[2]}, {@code body} for the body as a whole) and a sentence.
 *
 * <table>
 *   <caption>Codes of a body that cannot be bound (all 400)</caption>
 *   <tr><td>{@code MALFORMED_JSON}</td><td>not one JSON value, or empty</td></tr>
 *   <tr><td>{@code DUPLICATE_FIELD}</td><td>a property given twice in one object</td></tr>
 *   <tr><td>{@code UNKNOWN_FIELD}</td><td>a property the body does not have, or a section of the other format</td></tr>
 *   <tr><td>{@code REQUIRED}</td><td>a required property absent or {@code null}, or {@code null} in a list</td></tr>
 *   <tr><td>{@code WRONG_TYPE}</td><td>a JSON value of another type than the field's</td></tr>
 *   <tr><td>{@code OUT_OF_RANGE}</td><td>a whole number beyond its field's range, or of over 1,000 digits</td></tr>
 *   <tr><td>{@code TOO_LARGE}</td><td>a body past the reader's other limits, e.g. nested too deep</td></tr>
 *   <tr><td>value codes</td><td>those of {@link jp.tomoni.web.body.RequestValues}, e.g. {@code INVALID_PRICE}</td></tr>
 *   <tr><td>{@code INVALID_FIELD}</td><td>a section the rules refuse as a whole, e.g. a load cap above T</td></tr>
 * </table>
 *
 * @param code   the stable code
 * @param field  the path of the field at fault
 * @param detail what is wrong
 */
record BindingProblems(String code, String field, String detail) {

    /** The field of a problem with the body as a whole. */
    static final String BODY = "body";

    /** The problem with a body that Jackson could not bind. */
    static BindingProblems of(JacksonException e) {
        String path = path(e);
        BodyValueException value = cause(e, BodyValueException.class);
        if (value != null) {
            return new BindingProblems(value.code(), join(path, value.component()), value.getMessage());
        }
        IllegalArgumentException rule = cause(e, IllegalArgumentException.class);
        if (rule != null) {
            return new BindingProblems("INVALID_FIELD", field(path), rule.getMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new BindingProblems("UNKNOWN_FIELD", field(path), "unknown field (allowed: "
                    + String.join(", ", known) + ")");
        }
        if (e instanceof InvalidNullException) {
            return new BindingProblems(BodyValueException.REQUIRED, field(path), "a value is required here, not null");
        }
        if (e instanceof InputCoercionException) {
            return new BindingProblems("OUT_OF_RANGE", field(path.isEmpty() ? parserPath(e) : path),
                    e.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException) {
            String message = e.getOriginalMessage();
            if (path.isEmpty() && message.startsWith("No content")) {
                return new BindingProblems("MALFORMED_JSON", BODY, "the body is empty: send a JSON object");
            }
            if (path.isEmpty() && message.startsWith("Trailing token")) {
                return new BindingProblems("MALFORMED_JSON", BODY, "the body is not one JSON value: more follows it");
            }
            return new BindingProblems("WRONG_TYPE", field(path), wrongType((MismatchedInputException) e));
        }
        if (e instanceof StreamConstraintsException) {
            String at = parserPath(e);
            boolean number = e.getOriginalMessage().startsWith("Number value length");
            return new BindingProblems(number ? "OUT_OF_RANGE" : "TOO_LARGE", field(at.isEmpty() ? path : at),
                    number ? "a number of more than 1,000 digits is beyond any field's range"
                            : "the body is past the reader's limits: " + e.getOriginalMessage());
        }
        if (e instanceof StreamReadException && e.getOriginalMessage().startsWith("Duplicate Object property")) {
            return new BindingProblems("DUPLICATE_FIELD", field(parserPath(e)), e.getOriginalMessage());
        }
        return new BindingProblems("MALFORMED_JSON", BODY, "the body is not valid JSON: " + e.getOriginalMessage());
    }

    /** The problem with a body whose record refused it after binding, e.g. a field only a create requires. */
    static BindingProblems of(BodyValueException e) {
        return new BindingProblems(e.code(), field(e.component() == null ? "" : e.component()), e.getMessage());
    }

    /** What the field takes and what came instead, in words rather than Java types. */
    private static String wrongType(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        String expected = type == null ? "another JSON type"
                : Integer.class == type || Long.class == type || int.class == type || long.class == type
                ? "a whole number without quotes or decimals"
                : Boolean.class == type || boolean.class == type ? "true or false"
                : String.class == type ? "a string"
                : Collection.class.isAssignableFrom(type) ? "a list"
                : "an object";
        JsonToken token = e.getCurrentToken();
        return "expected " + expected + (token == null ? "" : ", not " + switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction or an exponent";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> token.name();
        });
    }

    /** Jackson's reference chain as a path: {@code clock.startPrice}, {@code [3].annualKwh}. */
    private static String path(JacksonException e) {
        String path = e.getPath().stream().map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName()
                : ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "").collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Where the parser stood when it failed, for errors raised below the binding (duplicates, limits). */
    private static String parserPath(JacksonException e) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext at = parser.streamReadContext(); at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + at.getCurrentIndex() + "]"
                    : at.currentName() == null ? "" : "." + at.currentName();
            path.insert(0, step);
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static String join(String path, String component) {
        return field(component == null ? path : path.isEmpty() ? component : path + "." + component);
    }

    private static String field(String path) {
        return path.isEmpty() ? BODY : path;
    }

    /** The first of {@code e} and its causes that is a {@code type}, or {@code null}. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
