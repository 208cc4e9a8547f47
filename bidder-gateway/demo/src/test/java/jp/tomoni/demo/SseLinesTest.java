package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseLinesTest {

    private static List<SseLines.Event> read(SseLines sse, String... lines) {
        List<SseLines.Event> events = new ArrayList<>();
        for (String line : lines) {
            SseLines.Event e = sse.accept(line);
            if (e != null) {
                events.add(e);
            }
        }
        return events;
    }

    @Test
    void readsIdEventAndData() {
        List<SseLines.Event> events = read(new SseLines(),
                "id:12.0", "event:RoundOpened", "data:{\"type\":\"RoundOpened\",\"round\":1,\"price\":\"30.00\"}", "",
                "id: 13.1", "event: AuctionEnded", "data: {\"type\":\"AuctionEnded\"}", "");
        assertThat(events).containsExactly(
                new SseLines.Event("12.0", "RoundOpened", "{\"type\":\"RoundOpened\",\"round\":1,\"price\":\"30.00\"}"),
                new SseLines.Event("13.1", "AuctionEnded", "{\"type\":\"AuctionEnded\"}"));
    }

    @Test
    void joinsDataLinesAndDropsOnlyOneSpace() {
        assertThat(read(new SseLines(), "data: one", "data:  two", "data", ""))
                .containsExactly(new SseLines.Event(null, "message", "one\n two\n"));
    }

    @Test
    void ignoresCommentsAndBlocksWithoutData() {
        SseLines sse = new SseLines();
        assertThat(read(sse, ":heartbeat", "", "event: Nothing", "", "retry: 1000", "")).isEmpty();
        assertThat(read(sse, "data: x", "")).containsExactly(new SseLines.Event(null, "message", "x"))
                .as("the unused event name does not leak into the next event");
    }

    @Test
    void keepsTheLastIdForResuming() {
        SseLines sse = new SseLines();
        assertThat(sse.lastId()).isNull();
        read(sse, "id: 7.0", "data: a", "", "data: b", "");
        assertThat(sse.lastId()).isEqualTo("7.0");
        assertThat(read(sse, "data: c", "")).containsExactly(new SseLines.Event("7.0", "message", "c"));
        read(sse, "id: 8\0", "");
        assertThat(sse.lastId()).as("an id with NUL is ignored").isEqualTo("7.0");
    }

    @Test
    void anEventIsDispatchedOnlyAtTheBlankLine() {
        SseLines sse = new SseLines();
        assertThat(sse.accept("data: {}")).isNull();
        assertThat(sse.accept("")).isEqualTo(new SseLines.Event(null, "message", "{}"));
        assertThat(sse.accept("")).isNull();
    }
}
