package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.tomoni.contract.ApplicationChecks;
import jp.tomoni.contract.v1.ApplyReply;
import jp.tomoni.contract.v1.ApplyRequest;
import jp.tomoni.contract.v1.Plan;
import jp.tomoni.gateway.view.Application;
import jp.tomoni.gateway.view.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * {@code POST /api/v1/applications}: the calling retailer applies to a procurement group with its registration
 * number, its plans and its posted security. The body is read as strictly as a bid's (UTF-8 JSON object, no
 * repeated or unknown property, no coercion) and checked against {@link ApplicationChecks}, as the engine
 * checks it again. The group's lead officer then approves or refuses it; {@code GET /api/v1/me} shows the
 * status. Authenticated (401) and counted against the write limit (429).
 */
@RestController
public class ApplicationController {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final RetailerAuthenticator authenticator;
    private final RateLimits limits;
    private final EngineClient engine;
    private final int maxBodyBytes;

    /** The endpoint over the engine. */
    public ApplicationController(RetailerAuthenticator authenticator, RateLimits limits, EngineClient engine,
                                 GatewayProperties properties) {
        this.authenticator = authenticator;
        this.limits = limits;
        this.engine = engine;
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    /** An application's body. */
    @Schema(name = "ApplicationRequest", description = "an application to a procurement group")
    record ApplicationBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[A-Za-z0-9._-]{1,64}$") String groupId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^A[0-9]{4}$", example = "A0001")
            String registrationNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) List<PlanBody> plans,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "1000000000000000")
            Long securityYen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String securityExpiresOn) {
    }

    /** One plan of the body. */
    @Schema(name = "PlanRequest", description = "a plan: name, emission factor with its kind and fiscal year")
    record PlanBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.000") String factor,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"basic", "adjusted"})
                    String factorKind,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "2000", maximum = "2100")
                    Integer fiscalYear) {
    }

    /** Files an application; 201 with it, pending. */
    @Operation(summary = "Apply to a procurement group", operationId = "applyToGroup",
            description = "Registration number (as registered), 1 to 10 plans (the first is the one awards are"
                    + " computed with) and the posted security with its last day. The group's lead officer approves"
                    + " or refuses it; only an approved retailer is invited to the group's auctions.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApplicationBody.class))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "filed, pending",
                            content = @Content(schema = @Schema(implementation = Application.class))),
                    @ApiResponse(responseCode = "400", description = "invalid input", content = @Content(
                            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "404", description = "UNKNOWN_GROUP", content = @Content(
                            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "409", description = "ALREADY_APPLIED", content = @Content(
                            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "422", description = "REGISTRATION_MISMATCH", content = @Content(
                            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))})
    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Application>> apply(@Parameter(hidden = true) ServerWebExchange exchange) {
        return authenticator.authenticate(exchange).flatMap(retailer -> limits.bid(retailer.retailerId())
                .then(Mono.fromRunnable(() -> RequestChecks.utf8(exchange.getRequest().getHeaders().getContentType())))
                .then(RequestBodies.read(exchange.getRequest(), maxBodyBytes))
                .map(bytes -> request(BidBodies.object(bytes), retailer.retailerId()))
                .flatMap(engine::apply)
                .map(ApplicationController::answer));
    }

    /** The body as the contract's request, or a 400 problem naming the field at fault. */
    static ApplyRequest request(JsonNode root, String retailerId) {
        ApplicationBody body;
        try {
            body = BidBodies.STRICT.treeToValue(root, ApplicationBody.class);
        } catch (UnrecognizedPropertyException e) {
            throw GatewayException.badRequest("UNKNOWN_FIELD", e.getPropertyName(), "unknown field \""
                    + e.getPropertyName() + "\"");
        } catch (JacksonException e) {
            String field = e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : "[" + r.getIndex() + "]").reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
            throw GatewayException.badRequest("WRONG_TYPE", field.isEmpty() ? null : field,
                    "a value has the wrong JSON type" + (field.isEmpty() ? "" : " at " + field));
        }
        ApplyRequest.Builder request = ApplyRequest.newBuilder().setRetailerId(retailerId)
                .setGroupId(required(body.groupId(), "groupId"))
                .setRegistrationNumber(required(body.registrationNumber(), "registrationNumber"))
                .setSecurityYen(required(body.securityYen(), "securityYen"))
                .setSecurityExpiresOn(required(body.securityExpiresOn(), "securityExpiresOn"));
        List<PlanBody> plans = required(body.plans(), "plans");
        for (int i = 0; i < plans.size(); i++) {
            PlanBody plan = required(plans.get(i), "plans[" + i + "]");
            request.addPlans(Plan.newBuilder().setName(required(plan.name(), "plans[" + i + "].name"))
                    .setFactor(required(plan.factor(), "plans[" + i + "].factor"))
                    .setFactorKind(required(plan.factorKind(), "plans[" + i + "].factorKind"))
                    .setFiscalYear(required(plan.fiscalYear(), "plans[" + i + "].fiscalYear")));
        }
        ApplyRequest built = request.build();
        ApplicationChecks.Problem bound = ApplicationChecks.problem(built, LocalDate.now(JAPAN));
        if (bound != null) {
            throw GatewayException.badRequest(bound.code(), bound.field(), bound.detail());
        }
        return built;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw GatewayException.badRequest("REQUIRED", field, field + " is required");
        }
        return value;
    }

    private static ResponseEntity<Application> answer(ApplyReply reply) {
        if (reply.hasRefusal()) {
            throw GatewayException.refused(reply.getRefusal());
        }
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .body(Application.of(reply.getApplication()));
    }
}
