package jp.tomoni.web;

import java.net.URI;
import jp.tomoni.engine.EngineBusyException;
import jp.tomoni.engine.EngineHaltedException;
import jp.tomoni.engine.JournalRefusalException;
import jp.tomoni.web.body.BodyValueException;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into RFC 9457 {@code application/problem+json}: a status, a stable {@code code}, the
 * {@code field} at fault where there is one, and a sentence a person can act on. A request body that cannot
 * be bound to its record is 400 with the code and path {@link BindingProblems} gives it; one the engine
 * refuses is 404, 409 or 422 ({@link Commands}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail problem = problem(e.status(), e.code(), e.field(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** A body Jackson could not bind, wherever it was read. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unbound(JacksonException e) {
        return refused(BindingProblems.of(e));
    }

    /** A body whose record refused it after binding, e.g. a field that only one of its endpoints requires. */
    @ExceptionHandler(BodyValueException.class)
    ResponseEntity<ProblemDetail> refusedValue(BodyValueException e) {
        return refused(BindingProblems.of(e));
    }

    @ExceptionHandler(DecodingException.class)
    ResponseEntity<ProblemDetail> undecodable(DecodingException e) {
        JacksonException jackson = BindingProblems.cause(e, JacksonException.class);
        return jackson != null ? unbound(jackson) : ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                "MALFORMED_JSON", BindingProblems.BODY, "the body could not be read: " + e.getMessage()));
    }

    /**
     * A request Spring could not read into a handler's arguments: a body that does not bind (answered as
     * {@link BindingProblems} names it), a missing body ({@code MALFORMED_JSON} at {@code body}), or a query or
     * path parameter of the wrong form ({@code MALFORMED_REQUEST} naming the parameter).
     */
    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> badInput(ServerWebInputException e) {
        JacksonException jackson = BindingProblems.cause(e, JacksonException.class);
        if (jackson != null) {
            return unbound(jackson);
        }
        MethodParameter parameter = e.getMethodParameter();
        if (parameter != null && parameter.hasParameterAnnotation(RequestBody.class)) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    BindingProblems.BODY, "the body is empty or could not be read: send a JSON object"));
        }
        String field = parameter == null ? null : parameter.getParameterName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", field,
                e.getReason() == null ? "the request could not be read" : e.getReason()));
    }

    /** A body of a media type the endpoint does not read: 415, naming those it does. */
    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<ProblemDetail> mediaType(UnsupportedMediaTypeStatusException e) {
        HttpStatus status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return ResponseEntity.status(status).headers(e.getHeaders()).body(problem(status, "UNSUPPORTED_MEDIA_TYPE",
                null, "a body of type " + (e.getContentType() == null ? "(none)" : e.getContentType())
                        + " is not read here; send " + e.getSupportedMediaTypes()));
    }

    private static ResponseEntity<ProblemDetail> refused(BindingProblems refusal) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, refusal.code(), refusal.field(),
                refusal.detail()));
    }

    @ExceptionHandler(EngineBusyException.class)
    ResponseEntity<ProblemDetail> busy(EngineBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "ENGINE_BUSY", null, e.getMessage()));
    }

    /** The journal cannot be written: 503 with {@code Retry-After}; the detail never shows the database's words. */
    @ExceptionHandler(EngineHaltedException.class)
    ResponseEntity<ProblemDetail> halted(EngineHaltedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "ENGINE_HALTED", null, e.getMessage()));
    }

    /** A command holding a value the journal cannot store: refused, and nothing changed. */
    @ExceptionHandler(JournalRefusalException.class)
    ResponseEntity<ProblemDetail> notStorable(JournalRefusalException e) {
        return ResponseEntity.unprocessableEntity()
                .body(problem(HttpStatus.UNPROCESSABLE_CONTENT, "NOT_STORABLE", null, e.getMessage()));
    }

    /**
     * Every other refusal Spring raises (no such resource, a wrong method or media type, a conflict) keeps its
     * status and gets a code from it. This advice runs before Spring Boot's own problem-details handler, which
     * would otherwise answer these without a {@code code}.
     */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> status(ErrorResponseException e) {
        HttpStatusCode status = e.getStatusCode();
        String detail = e instanceof ResponseStatusException && ((ResponseStatusException) e).getReason() != null
                ? ((ResponseStatusException) e).getReason() : e.getBody().getDetail();
        return ResponseEntity.status(status).headers(e.getHeaders())
                .body(problem(status, codeOf(status), null, detail == null ? status.toString() : detail));
    }

    static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "REQUEST_REFUSED";
        };
    }

    /** Builds a problem with the project's type URI, code and field. */
    static ProblemDetail problem(HttpStatusCode status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:tomoni:problem:" + code));
        problem.setTitle(code);
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
