package jp.tomoni.demo;

/**
 * Reads a {@code text/event-stream} one line at a time, as the HTML Living Standard describes: {@code id:},
 * {@code event:} and {@code data:} fields (one optional space after the colon is dropped; several
 * {@code data:} lines are joined with a line feed), comments starting with {@code :} ignored, and an event
 * dispatched at each blank line that ends a block with data. The last event id is kept across events, for
 * reconnecting with {@code Last-Event-ID}. Not thread-safe: one reader per stream.
 */
final class SseLines {

    /**
     * One server-sent event.
     *
     * @param id   the last event id seen (the stream's position), or {@code null}
     * @param type the event's name, {@code "message"} when the block named none
     * @param data its data lines, joined with line feeds
     */
    record Event(String id, String type, String data) {
    }

    private String lastId;
    private String type;
    private StringBuilder data;

    /** Takes one line (without its line ending); answers the event it completes, or {@code null}. */
    Event accept(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return null;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder();
                } else {
                    data.append('\n');
                }
                data.append(value);
            }
            case "event" -> type = value;
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
            }
            default -> {
                // "retry" and unknown fields do not concern the demo
            }
        }
        return null;
    }

    /** The id of the last event read, to resume from; {@code null} before any. */
    String lastId() {
        return lastId;
    }

    private Event dispatch() {
        Event event = data == null ? null
                : new Event(lastId, type == null || type.isEmpty() ? "message" : type, data.toString());
        type = null;
        data = null;
        return event;
    }
}
