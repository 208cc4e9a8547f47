package jp.tomoni.gateway;

/**
 * A place in a retailer's event stream, from {@code Last-Event-ID}: after the event {@code seq.index}, or
 * after every event of the command {@code seq} when {@code index} is {@code null}.
 *
 * @param seq   a journal sequence number
 * @param index an event's index within that command, or {@code null}
 */
public record EventPosition(long seq, Integer index) {

    /** Reads {@code SEQ} or {@code SEQ.INDEX}, already checked by {@link RequestChecks#lastEventId}. */
    static EventPosition parse(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? new EventPosition(Long.parseLong(id), null)
                : new EventPosition(Long.parseLong(id.substring(0, dot)), Integer.parseInt(id.substring(dot + 1)));
    }
}
