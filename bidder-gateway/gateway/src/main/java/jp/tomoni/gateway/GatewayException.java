package jp.tomoni.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * A refusal that becomes one RFC 9457 problem: an HTTP status, a stable {@code code}, the {@code field} at
 * fault where there is one, a sentence for a person, and any extra properties and headers.
 */
public final class GatewayException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Map<String, Object> properties;
    private final HttpHeaders headers;

    /** A problem with a status, code, field ({@code null} for none) and detail. */
    public GatewayException(int status, String code, String field, String detail) {
        this(status, code, field, detail, Map.of(), new HttpHeaders());
    }

    private GatewayException(int status, String code, String field, String detail, Map<String, Object> properties,
                             HttpHeaders headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.properties = properties;
        this.headers = headers;
    }

    /**
     * The engine's refusal of a request as the retailer's problem: 404 for {@code NOT_FOUND}, 409 for
     * {@code CONFLICT}, else 422; with the refusal's code, field (none when empty) and detail.
     */
    public static GatewayException refused(jp.tomoni.contract.v1.Refusal refusal) {
        int status = switch (refusal.getKind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            default -> 422;
        };
        return of(status, refusal.getProblem());
    }

    /** The engine's problem as the retailer's, with {@code status}: its code, field (none when empty) and detail. */
    public static GatewayException of(int status, jp.tomoni.contract.v1.Problem problem) {
        return new GatewayException(status, problem.getCode(), problem.getField().isEmpty() ? null
                : problem.getField(), problem.getDetail());
    }

    /** A 400 problem. */
    public static GatewayException badRequest(String code, String field, String detail) {
        return new GatewayException(400, code, field, detail);
    }

    /** 503 {@code ENGINE_UNAVAILABLE}: the engine could not be reached or did not answer in time. */
    public static GatewayException engineUnavailable(String detail) {
        return new GatewayException(503, "ENGINE_UNAVAILABLE", null, detail).withHeader(HttpHeaders.RETRY_AFTER, "2");
    }

    /** 502 {@code ENGINE_ERROR}: the engine answered something the gateway cannot relay. */
    public static GatewayException engineError(String detail) {
        return new GatewayException(502, "ENGINE_ERROR", null, detail);
    }

    /** This problem with one more property in its body. */
    public GatewayException withProperty(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new GatewayException(status, code, field, getMessage(), more, headers);
    }

    /** This problem with one more response header. */
    public GatewayException withHeader(String name, String value) {
        HttpHeaders more = new HttpHeaders();
        more.addAll(headers);
        more.set(name, value);
        return new GatewayException(status, code, field, getMessage(), properties, more);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The stable code, e.g. {@code INVALID_PRICE}. */
    public String code() {
        return code;
    }

    /** The field at fault, or {@code null}. */
    public String field() {
        return field;
    }

    /** Extra properties of the problem body. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Extra response headers. */
    public HttpHeaders headers() {
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }
}
