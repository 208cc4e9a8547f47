package jp.tomoni.app.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import io.r2dbc.spi.R2dbcException;
import jp.tomoni.engine.Journal;
import jp.tomoni.engine.JournalRefusalException;
import jp.tomoni.journal.CommandCodec;
import jp.tomoni.engine.Journaled;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The journal in PostgreSQL through R2DBC. A batch is one multi-row insert built from {@code unnest} arrays,
 * one statement and one commit however many commands it holds; the database runs with
 * {@code synchronous_commit = on}, so the commit returns only once the batch is on disk. A batch holding a
 * value PostgreSQL cannot store (a NUL, half a surrogate pair, or any other data exception, SQLSTATE class
 * 22) is refused with {@link JournalRefusalException}: nothing of it was written and the database works, so
 * the engine isolates that command and commits the rest. Every other failure is a storage failure.
 */
public final class PostgresJournal implements Journal {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final String INSERT = "insert into journal (seq, recorded_at, actor, kind, payload) "
            + "select s, a::timestamptz, w, k, p::jsonb "
            + "from unnest(:seqs::bigint[], :ats::text[], :actors::text[], :kinds::text[], :payloads::text[]) "
            + "as t(s, a, w, k, p)";

    private final DatabaseClient db;

    /** A journal on the given database, whose schema Flyway has migrated. */
    public PostgresJournal(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public void append(List<Journaled> batch) {
        int n = batch.size();
        Long[] seqs = new Long[n];
        String[] ats = new String[n];
        String[] actors = new String[n];
        String[] kinds = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            Journaled entry = batch.get(i);
            seqs[i] = entry.seq();
            ats[i] = entry.at().toString();
            actors[i] = storable(entry.actor());
            kinds[i] = CommandCodec.kind(entry.command());
            payloads[i] = storable(CommandCodec.encode(entry.command()));
        }
        Long written;
        try {
            written = db.sql(INSERT).bind("seqs", seqs).bind("ats", ats).bind("actors", actors)
                    .bind("kinds", kinds).bind("payloads", payloads).fetch().rowsUpdated().block(WRITE_TIMEOUT);
        } catch (RuntimeException e) {
            throw isDataError(e) ? new JournalRefusalException(e) : e;
        }
        if (written == null || written != n) {
            throw new IllegalStateException("the journal wrote " + written + " of " + n + " commands");
        }
    }

    /**
     * {@code text} when PostgreSQL can store it as {@code text} and {@code jsonb}: no NUL (which JSON writes
     * as the escape <code>&#92;u0000</code>) and no half of a surrogate pair, which has no UTF-8 form.
     *
     * @throws JournalRefusalException otherwise, before anything is sent
     */
    static String storable(String text) {
        if (text.indexOf('\0') >= 0 || hasNulEscape(text)) {
            throw new JournalRefusalException();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JournalRefusalException();
            }
        }
        return text;
    }

    /**
     * Whether {@code json} holds the escape <code>&#92;u0000</code>: a backslash that is not itself escaped
     * (an odd run of backslashes) before {@code u0000}. Text that merely reads <code>&#92;u0000</code> is
     * written <code>&#92;&#92;u0000</code>.
     */
    private static boolean hasNulEscape(String json) {
        for (int at = json.indexOf("u0000"); at >= 0; at = json.indexOf("u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether PostgreSQL refused a value (SQLSTATE class 22, data exception) rather than failed to store. */
    static boolean isDataError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
                return r2dbc.getSqlState().startsWith("22");
            }
        }
        return false;
    }

    @Override
    public void replay(long afterSeq, Consumer<Journaled> consumer) {
        db.sql("select seq, recorded_at, actor, kind, payload::text as payload from journal where seq > :after order by seq")
                .bind("after", afterSeq)
                .map((row, meta) -> new Journaled(row.get("seq", Long.class),
                        row.get("recorded_at", OffsetDateTime.class).toInstant(), row.get("actor", String.class),
                        CommandCodec.decode(row.get("kind", String.class), row.get("payload", String.class))))
                .all().doOnNext(consumer).then().block();
    }

    @Override
    public Instant lastAt() {
        return db.sql("select max(recorded_at) as last from journal")
                .map((row, meta) -> Optional.ofNullable(row.get("last", OffsetDateTime.class))).one()
                .blockOptional().flatMap(last -> last).map(OffsetDateTime::toInstant).orElse(null);
    }

    /** The database's {@code fsync} setting. */
    public String fsync() {
        return db.sql("show fsync").map((row, meta) -> row.get(0, String.class)).one().block();
    }

    /** The database's {@code synchronous_commit} setting for the journal's connections. */
    public String synchronousCommit() {
        return db.sql("show synchronous_commit").map((row, meta) -> row.get(0, String.class)).one().block();
    }
}
