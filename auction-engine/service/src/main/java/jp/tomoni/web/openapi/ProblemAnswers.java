package jp.tomoni.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds to every operation the refusals it can answer, each an {@code application/problem+json}
 * {@value #PROBLEM} with the codes a client may meet:
 * <ul>
 *   <li>every operation: 401 (not signed in) and 403 (an analyst changing something, or a role that may not);</li>
 *   <li>an operation on a named auction or lot: 404;</li>
 *   <li>a command (POST): 400 (a body that does not bind), 409 (the state does not allow it), 413, 415, 422 (the
 *       rules refuse it) and 503 with {@code Retry-After} (the journal cannot be written).</li>
 * </ul>
 * An answer an operation declares itself is kept.
 */
final class ProblemAnswers implements GlobalOpenApiCustomizer {

    /** The name of the problem schema among the document's components. */
    static final String PROBLEM = "Problem";

    private static final Map<String, String> EVERY = Map.of(
            "401", "Not signed in, or wrong credentials (UNAUTHENTICATED).",
            "403", "Signed in, but the role may not do this: analysts only read (FORBIDDEN), or the console's"
                    + " CSRF token is missing (CSRF_REJECTED).");
    private static final String NOT_FOUND = "No such auction, lot or facility (NOT_FOUND, UNKNOWN_AUCTION,"
            + " UNKNOWN_LOT, UNKNOWN_FACILITY).";
    private static final Map<String, String> COMMAND = Map.of(
            "400", "The body does not bind: MALFORMED_JSON, UNKNOWN_FIELD, DUPLICATE_FIELD, WRONG_TYPE, REQUIRED,"
                    + " INVALID_ID, INVALID_TEXT, INVALID_PRICE, INVALID_PERCENTAGE, INVALID_FACTOR, INVALID_TIME,"
                    + " INVALID_DATE, UNKNOWN_FORMAT, NOT_UTF8; `field` names the place.",
            "409", "The state does not allow it: WRONG_STATE, DUPLICATE_ID, ALREADY_REAUCTIONED (with"
                    + " `reauctionId`), LOT_ALREADY_AWARDED (with `approvedAuctionId`).",
            "413", "The body is larger than the engine reads (TOO_LARGE).",
            "415", "Not a media type this operation reads, or not UTF-8 (UNSUPPORTED_MEDIA_TYPE).",
            "422", "The rules or the limits refuse it: OUT_OF_RANGE, INVALID_AUCTION, EMPTY_LOT, NOT_STORABLE,"
                    + " INVALID_REGISTRATION_NUMBER, IMPORT_REJECTED (with `errors`), and the rules' own codes.",
            "503", "The engine cannot write its journal right now (ENGINE_HALTED, ENGINE_BUSY); nothing was"
                    + " changed. Retry after `Retry-After` seconds.");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            EVERY.forEach((status, text) -> add(operation, status, text));
            if (path.contains("{")) {
                add(operation, "404", NOT_FOUND);
            }
            if (method == PathItem.HttpMethod.POST) {
                COMMAND.forEach((status, text) -> add(operation, status, text));
                operation.getResponses().get("503").addHeaderObject("Retry-After", new Header()
                        .description("seconds to wait before retrying").schema(new IntegerSchema()));
            }
        }));
    }

    private static ObjectSchema problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details, as application/problem+json. A refusal changes nothing.");
        problem.addProperty("type", new StringSchema().example("urn:tomoni:problem:WRONG_STATE")
                .description("urn:tomoni:problem: followed by the code"));
        problem.addProperty("title", new StringSchema().example("Conflict"));
        problem.addProperty("status", new IntegerSchema().example(409));
        problem.addProperty("detail", new StringSchema().example("auction AUC-1 is RUNNING, not CREATED")
                .description("for people; never shows internals"));
        problem.addProperty("instance", new StringSchema().example("/api/v1/auctions/AUC-1/start"));
        problem.addProperty("code", new StringSchema().example("WRONG_STATE")
                .description("stable; what a program should test"));
        problem.addProperty("field", new StringSchema().example("clock.startPrice")
                .description("the field at fault, where there is one"));
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }

    private static void add(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (!responses.containsKey(status)) {
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem))));
        }
    }
}
