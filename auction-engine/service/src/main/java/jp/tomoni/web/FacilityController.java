package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.facility.FacilityCsv;
import jp.tomoni.facility.FacilityJson;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityRows;
import jp.tomoni.facility.ImportError;
import jp.tomoni.facility.ImportResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facilities: import as CSV (the import template, which the demo dataset follows) or JSON, all rows or none;
 * and list them.
 *
 * <p>The JSON form is bound strictly to {@link FacilityRows.Row}s: a body that is not an array of facility
 * objects with the form's properties and JSON types is refused with 400 naming the place (e.g.
 * {@code [3].annualKwh}). The values of a body of the right shape, and every CSV file, are then checked by the
 * import's rules: a file with any bad row imports nothing and is answered 422 {@code IMPORT_REJECTED} with every
 * row's errors (line, field, code, message).
 */
@RestController
@Tag(name = "facilities", description = "Facilities: the buying bodies' sites and their demand")
@RequestMapping("/api/v1/facilities")
public class FacilityController {

    /** What the document says of the import, which takes both media types. */
    private static final String IMPORT = "As text/csv: the facility template in UTF-8 (docs/engine.md gives its"
            + " columns); as application/json: the same rows as an array of objects. All or nothing: a file with"
            + " any bad row imports nothing and is answered 422 IMPORT_REJECTED with every row's line, field, code"
            + " and message. Cells a spreadsheet would read as a formula are refused.";

    private final Commands commands;
    private final EngineQueries engine;
    private final Scopes scopes;

    public FacilityController(Commands commands, EngineQueries engine, Scopes scopes) {
        this.commands = commands;
        this.engine = engine;
        this.scopes = scopes;
    }

    /**
     * Imports facilities from the CSV template, which must be UTF-8 (with or without the BOM that Excel's "CSV
     * UTF-8" writes): bytes that are not UTF-8 are 400 {@code NOT_UTF8}, never replaced, and a charset other
     * than UTF-8 in the Content-Type is 415.
     */
    @Operation(operationId = "importFacilities", summary = "Import facilities",
            description = IMPORT,
            responses = @ApiResponse(responseCode = "201",
                    description = "Created", useReturnTypeSchema = true))
    @PostMapping(consumes = "text/csv")
    public Mono<ResponseEntity<Answers.FacilitiesImported>> importCsv(
            @RequestBody byte[] body, @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
            Principal who) {
        return imported(who, FacilityCsv.parse(utf8(body, type)));
    }

    private static String utf8(byte[] body, MediaType type) {
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Content-Type",
                    "send the CSV as UTF-8 (text/csv; charset=utf-8); save it from Excel as \"CSV UTF-8\"");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NOT_UTF8", null,
                    "the CSV is not valid UTF-8 (Shift_JIS, perhaps); save it from Excel as \"CSV UTF-8\"");
        }
    }

    /** Imports facilities from the JSON form ({@link FacilityJson} describes it). */
    @Operation(operationId = "importFacilities", summary = "Import facilities",
            description = IMPORT,
            responses = @ApiResponse(responseCode = "201",
                    description = "Created", useReturnTypeSchema = true))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Answers.FacilitiesImported>> importJson(@RequestBody List<FacilityRows.Row> rows,
                                                                       Principal who) {
        return imported(who, FacilityRows.check(rows));
    }

    private Mono<ResponseEntity<Answers.FacilitiesImported>> imported(Principal who, ImportResult result) {
        if (!result.ok()) {
            List<ImportError> errors = result.errors();
            List<Map<String, Object>> rows = errors.stream().map(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("line", e.line());
                row.put("field", e.field());
                row.put("code", e.code());
                row.put("message", e.message());
                return row;
            }).toList();
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED", errors.get(0).field(),
                    errors.size() + " problem(s) found; nothing was imported", rows);
        }
        Actor actor = scopes.actor(who);
        result.facilities().stream().map(FacilityRecord::wardCode).distinct()
                .forEach(body -> Scopes.decide(scopes.access().manageFacilities(actor, body), "wardCode"));
        return commands.run(who, new EngineCommand.ImportFacilities(result.facilities()))
                .map(outcome -> ResponseEntity.status(HttpStatus.CREATED).body(new Answers.FacilitiesImported(
                        result.facilities().size(), outcome.entry().seq())));
    }

    /** Lists facilities, optionally of one municipality, type or voltage class. */
    @Operation(operationId = "listFacilities", summary = "List facilities",
            description = "Every imported facility, optionally only those of one municipality (ward, its code),"
                    + " one type or one voltage class.",
            responses = @ApiResponse(responseCode = "200", description = "The facilities, each as the JSON import form",
                    content = @Content(array = @ArraySchema(schema = @Schema(type = "object")))))
    @GetMapping
    public List<ObjectNode> list(@RequestParam(required = false) String ward,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String voltageClass, Principal who) {
        Actor actor = scopes.actor(who);
        return engine.facilities().stream()
                .filter(f -> scopes.access().readFacility(actor, f.wardCode()) == Decision.ALLOW)
                .filter(f -> ward == null || f.wardCode().equals(ward))
                .filter(f -> type == null || f.type().name().equalsIgnoreCase(type))
                .filter(f -> voltageClass == null || f.voltageClass().name().equalsIgnoreCase(voltageClass))
                .map(FacilityController::json).toList();
    }

    static ObjectNode json(FacilityRecord f) {
        return FacilityJson.node(f);
    }
}
