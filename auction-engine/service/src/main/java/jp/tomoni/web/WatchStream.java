package jp.tomoni.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tomoni.engine.EventLog;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/**
 * An auction's events as a stream of server-sent events for officers and analysts (never for bidders: the
 * events name every bidder). First the events already in the log after a position, then each new one as the
 * engine applies it, with a heartbeat comment at a fixed interval so that proxies keep the connection open.
 *
 * <p>Each event's SSE {@code id} is {@code SEQ.INDEX} (e.g. {@code 1234.0}) and its {@code event} the type
 * name; its data is {@link EventJson#text}. A client that reconnects with {@code Last-Event-ID: 1234.0}
 * resumes right after that event. The stream reads the log from its own cursor on every signal of an
 * applied command and on every heartbeat, so a missed or merged signal only delays an event, never skips it.
 */
public final class WatchStream {

    private static final Pattern ID = Pattern.compile("(\\d{1,18})(?:\\.(\\d{1,9}))?");

    private WatchStream() {
    }

    /**
     * A place in an auction's log: after event {@code index} of the command {@code seq}.
     *
     * @param seq   a journal sequence number
     * @param index an event's index within that command, or {@link Integer#MAX_VALUE} for after all of them
     */
    public record Position(long seq, int index) {

        /** Before every event. */
        public static final Position START = new Position(0, Integer.MAX_VALUE);

        /**
         * The position to resume after: {@code Last-Event-ID} when given ({@code SEQ.INDEX} after exactly that
         * event, a plain {@code SEQ} after every event of that command), else {@code after} (a sequence
         * number: after every event of it), else the start.
         *
         * @throws IllegalArgumentException when {@code lastEventId} is neither {@code SEQ} nor {@code SEQ.INDEX}
         */
        public static Position parse(String lastEventId, Long after) {
            if (lastEventId != null && !lastEventId.isBlank()) {
                Matcher m = ID.matcher(lastEventId.strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException("Last-Event-ID must be SEQ or SEQ.INDEX, e.g. 1234.0, not \""
                            + lastEventId + "\"");
                }
                long seq = Long.parseLong(m.group(1));
                return new Position(seq, m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2)));
            }
            return after == null || after < 0 ? START : new Position(after, Integer.MAX_VALUE);
        }

        /** Whether {@code event} comes after this position. */
        public boolean isBefore(LoggedEvent event) {
            return event.seq() > seq || (event.seq() == seq && event.index() > index);
        }
    }

    /** An event's SSE id: {@code SEQ.INDEX}. */
    public static String id(LoggedEvent event) {
        return event.seq() + "." + event.index();
    }

    /**
     * The stream of {@code auction}'s events after {@code from}.
     *
     * @param applied   the sequence number of every command as the engine applies it
     * @param heartbeat how often to send a heartbeat comment
     */
    public static Flux<ServerSentEvent<String>> of(LiveAuction auction, Position from, Flux<Long> applied,
                                                   Duration heartbeat) {
        return of(auction, from, applied, heartbeat, event -> { }, event -> ServerSentEvent.<String>builder(
                EventJson.text(event)).id(id(event)).event(EventJson.type(event)).build(), OPENED, HEARTBEAT);
    }

    /**
     * The stream of {@code auction}'s events after {@code from}, each rendered by {@code render}, which
     * returns {@code null} for an event this subscriber must not see; the events up to {@code from} are only
     * shown to {@code skipped}, in order, so that a renderer that folds the log (a retailer's standings) sees
     * all of it. {@code opened} is sent first, {@code heartbeat} every {@code interval}.
     */
    public static <T> Flux<T> of(LiveAuction auction, Position from, Flux<Long> applied, Duration interval,
                                 Consumer<LoggedEvent> skipped, Function<LoggedEvent, T> render, T opened,
                                 T heartbeat) {
        return Flux.defer(() -> {
            Cursor<T> cursor = new Cursor<>(auction.log(), from, skipped, render, heartbeat);
            Flux<Boolean> signals = Flux.merge(
                    applied.onBackpressureLatest().map(seq -> Boolean.FALSE),
                    Flux.just(Boolean.FALSE),
                    Flux.interval(interval, interval).onBackpressureDrop().map(tick -> Boolean.TRUE));
            return Flux.concat(Flux.just(opened), signals.concatMapIterable(cursor::next));
        });
    }

    /** Sent first, so that a client learns at once that its stream is open even when nothing is new. */
    private static final ServerSentEvent<String> OPENED = ServerSentEvent.<String>builder().comment("open").build();

    private static final ServerSentEvent<String> HEARTBEAT = ServerSentEvent.<String>builder().comment("heartbeat")
            .build();

    /** One subscriber's place in the log. Called only serially, by the stream. */
    private static final class Cursor<T> {

        private final EventLog<LoggedEvent> log;
        private final Position after;
        private final Consumer<LoggedEvent> skipped;
        private final Function<LoggedEvent, T> render;
        private final T heartbeat;
        private int read;

        Cursor(EventLog<LoggedEvent> log, Position after, Consumer<LoggedEvent> skipped, Function<LoggedEvent, T> render,
               T heartbeat) {
            this.log = log;
            this.after = after;
            this.skipped = skipped;
            this.render = render;
            this.heartbeat = heartbeat;
        }

        List<T> next(boolean beat) {
            List<LoggedEvent> fresh = log.from(read);
            read += fresh.size();
            List<T> out = new ArrayList<>(fresh.size() + 1);
            for (LoggedEvent event : fresh) {
                if (!after.isBefore(event)) {
                    skipped.accept(event);
                    continue;
                }
                T rendered = render.apply(event);
                if (rendered != null) {
                    out.add(rendered);
                }
            }
            if (beat) {
                out.add(heartbeat);
            }
            return out;
        }
    }
}
