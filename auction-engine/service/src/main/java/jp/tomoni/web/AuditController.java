package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: every write anyone made, who made it and when, read from the append-only journal (the
 * database refuses to change or delete its rows). Officers only.
 */
@RestController
@Tag(name = "audit", description = "Who did what, and when")
@RequestMapping("/api/v1/audit")
public class AuditController {

    /** Reads a journal entry's payload, which the engine wrote as JSON ({@code CommandCodec}). */
    private static final JsonMapper JOURNAL = JsonMapper.builder().build();

    private final DatabaseClient db;

    public AuditController(DatabaseClient db) {
        this.db = db;
    }

    /** Entries after sequence number {@code after}, oldest first, at most {@code limit} (1 to 1,000). */
    @Operation(operationId = "getAuditTrail", summary = "Read the audit trail",
            description = "Every journaled command after sequence number `after`: who sent it, when it arrived,"
                    + " and what it was.")
    @GetMapping
    public Flux<Map<String, Object>> trail(@RequestParam(defaultValue = "0") long after,
                                           @RequestParam(defaultValue = "100") int limit) {
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
                    entry.put("details", JOURNAL.readTree(row.get("payload", String.class)));
                    return entry;
                }).all();
    }
}
