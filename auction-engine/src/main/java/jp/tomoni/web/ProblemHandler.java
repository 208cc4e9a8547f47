package jp.tomoni.web;

import java.net.URI;
import jp.tomoni.engine.EnginePipeline;
import jp.tomoni.json.InvalidInputException;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into RFC 9457 {@code application/problem+json}: a status, a stable {@code code}, the
 * {@code field} at fault where there is one, and a sentence a person can act on.
 */
@RestControllerAdvice
public class ProblemHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail problem = problem(e.status(), e.code(), e.field(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> input(InvalidInputException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.code(), e.place(), e.getMessage()));
    }

    @ExceptionHandler({JacksonException.class, DecodingException.class})
    ResponseEntity<ProblemDetail> malformed(Exception e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", null,
                "the body is not valid JSON: " + e.getMessage()));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> badInput(ServerWebInputException e) {
        String field = e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", field,
                e.getReason() == null ? "the request could not be read" : e.getReason()));
    }

    @ExceptionHandler(EnginePipeline.EngineBusyException.class)
    ResponseEntity<ProblemDetail> busy(EnginePipeline.EngineBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "ENGINE_BUSY", null, e.getMessage()));
    }

    @ExceptionHandler(EnginePipeline.EngineHaltedException.class)
    ResponseEntity<ProblemDetail> halted(EnginePipeline.EngineHaltedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "ENGINE_HALTED", null, e.getMessage()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatusCode status = e.getStatusCode();
        String code = status.value() == 404 ? "NOT_FOUND" : status.value() == 409 ? "CONFLICT" : "REQUEST_REFUSED";
        return ResponseEntity.status(status).body(problem(status, code, null,
                e.getReason() == null ? status.toString() : e.getReason()));
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
