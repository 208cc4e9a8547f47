package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail: every write anyone made, who made it and when, read from the append-only journal (the
 * database refuses to change or delete its rows). The installation's operator only: it spans every group. A
 * registered user's password hash is withheld.
 */
@RestController
@Tag(name = "audit", description = "Who did what, and when")
@RequestMapping("/api/v1/audit")
public class AuditController {

    /** Reads a journal entry's payload, which the engine wrote as JSON ({@code CommandCodec}). */
    private static final JsonMapper JOURNAL = JsonMapper.builder().build();

    private final DatabaseClient db;
    private final Scopes scopes;

    public AuditController(DatabaseClient db, Scopes scopes) {
        this.db = db;
        this.scopes = scopes;
    }

    /** Entries after sequence number {@code after}, oldest first, at most {@code limit} (1 to 1,000). */
    @Operation(operationId = "getAuditTrail", summary = "Read the audit trail",
            description = "Every journaled command after sequence number `after`: who sent it, when it arrived,"
                    + " and what it was.")
    @GetMapping
    public Flux<Map<String, Object>> trail(@RequestParam(defaultValue = "0") long after,
                                           @RequestParam(defaultValue = "100") int limit, Principal who) {
        Scopes.decide(scopes.access().audit(scopes.actor(who)), null);
        int bounded = Math.max(1, Math.min(limit, 1_000));
        return db.sql("select seq, recorded_at, actor, kind, payload::text as payload from audit_trail "
                        + "where seq > :after order by seq limit :limit")
                .bind("after", after).bind("limit", bounded)
                .map((row, meta) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("seq", row.get("seq", Long.class));
                    entry.put("at", row.get("recorded_at", OffsetDateTime.class).toInstant().toString());
                    entry.put("who", row.get("actor", String.class));
                    entry.put("what", row.get("kind", String.class));
                    JsonNode details = JOURNAL.readTree(row.get("payload", String.class));
                    if (details instanceof ObjectNode fields && fields.has("passwordHash")) {
                        fields.put("passwordHash", "(withheld)");
                    }
                    entry.put("details", details);
                    return entry;
                }).all();
    }
}
