package jp.tomoni.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as RFC 9457 problem+json with a stable code and the field at fault.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final String field;
    private final transient List<Map<String, Object>> errors;
    private final transient Map<String, Object> properties = new java.util.LinkedHashMap<>();

    public ApiException(HttpStatus status, String code, String field, String detail) {
        this(status, code, field, detail, List.of());
    }

    /** A refusal carrying a list of row-level errors, e.g. of an import. */
    public ApiException(HttpStatus status, String code, String field, String detail, List<Map<String, Object>> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }

    /** Adds a further member to the problem body, such as the id of the auction that is in the way. */
    public ApiException property(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** The further members of the problem body. */
    public Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }
}
