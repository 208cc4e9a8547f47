package jp.tomoni.web;

import static jp.tomoni.web.AuctionFixture.bid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.web.WatchStream.Position;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** The live event stream: where it resumes, and that it never skips an event. */
class WatchStreamTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final AuctionFixture engine = new AuctionFixture();
    private final Sinks.Many<Long> applied = Sinks.many().multicast().directBestEffort();

    @Test
    void lastEventIdWithAnIndexResumesRightAfterThatEvent() {
        Position position = Position.parse("1234.0", null);
        assertThat(position).isEqualTo(new Position(1234, 0));
        assertThat(position.isBefore(event(1234, 0))).isFalse();
        assertThat(position.isBefore(event(1234, 1))).isTrue();
        assertThat(position.isBefore(event(1235, 0))).isTrue();
        assertThat(position.isBefore(event(1233, 5))).isFalse();
    }

    @Test
    void aPlainSequenceNumberResumesAfterEveryEventOfThatCommand() {
        Position position = Position.parse("1234", null);
        assertThat(position.isBefore(event(1234, 7))).isFalse();
        assertThat(position.isBefore(event(1235, 0))).isTrue();
        assertThat(Position.parse(null, 1234L)).isEqualTo(position);
        assertThat(Position.parse(" 1234 ", null)).isEqualTo(position);
    }

    @Test
    void theHeaderWinsOverTheQueryAndWithNeitherTheStreamStartsAtTheBeginning() {
        assertThat(Position.parse("7.2", 1234L)).isEqualTo(new Position(7, 2));
        assertThat(Position.parse(null, null)).isEqualTo(Position.START);
        assertThat(Position.parse("", null)).isEqualTo(Position.START);
        assertThat(Position.START.isBefore(event(1, 0))).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : List.of("abc", "12.", ".3", "-1", "1.2.3", "1,0", "99999999999999999999")) {
            assertThatThrownBy(() -> Position.parse(bad, null)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static LoggedEvent event(long seq, int index) {
        return new LoggedEvent(seq, index, AuctionFixture.T0, new EngineEvent.FacilitiesImported(1));
    }

    private static String id(ServerSentEvent<String> sse) {
        return sse.id();
    }

    @Test
    void theStreamSendsTheBacklogAfterThePositionThenEachNewEventWithIdsAndTypes() {
        engine.createClock("X", "29.00");
        List<LoggedEvent> start = engine.at(5, new EngineCommand.StartAuction("X"));
        long startSeq = start.get(0).seq();
        List<LoggedEvent> first = engine.at(10, bid("X", "A", 1, 2));
        StepVerifier.withVirtualTime(() -> WatchStream.of(engine.auction("X"), Position.parse(startSeq + ".0", null),
                        applied.asFlux(), HEARTBEAT))
                .assertNext(sse -> assertThat(sse.comment()).isEqualTo("open"))
                .assertNext(sse -> {
                    assertThat(sse.id()).isEqualTo(startSeq + ".1");
                    assertThat(sse.event()).isEqualTo("RoundOpened");
                    assertThat(sse.data()).isEqualTo(EventJson.text(start.get(1)));
                })
                .assertNext(sse -> assertThat(sse.id()).isEqualTo(first.get(0).seq() + ".0"))
                .then(() -> applied.tryEmitNext(engine.at(11, bid("X", "B", 1, 2)).get(0).seq()))
                .assertNext(sse -> {
                    assertThat(sse.event()).isEqualTo("ClockBidAccepted");
                    assertThat(sse.data()).contains("\"retailerId\":\"B\"");
                })
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aMissedSignalOnlyDelaysEventsUntilTheNextOneOrTheHeartbeat() {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        long now = engine.processor.lastSeq();
        StepVerifier.withVirtualTime(() -> WatchStream.of(engine.auction("X"), Position.parse(Long.toString(now), null),
                        applied.asFlux(), HEARTBEAT))
                .assertNext(sse -> assertThat(sse.comment()).isEqualTo("open"))
                .then(() -> engine.at(10, bid("X", "A", 1, 2)))
                .then(() -> applied.tryEmitNext(engine.at(11, bid("X", "B", 1, 2)).get(0).seq()))
                .assertNext(sse -> assertThat(sse.data()).contains("\"retailerId\":\"A\""))
                .assertNext(sse -> assertThat(sse.data()).contains("\"retailerId\":\"B\""))
                .then(() -> engine.at(12, bid("X", "C", 1, 1)))
                .thenAwait(HEARTBEAT)
                .assertNext(sse -> assertThat(sse.event()).isEqualTo("BidRejected"))
                .assertNext(sse -> {
                    assertThat(sse.comment()).isEqualTo("heartbeat");
                    assertThat(sse.data()).isNull();
                })
                .thenAwait(HEARTBEAT)
                .assertNext(sse -> assertThat(sse.comment()).isEqualTo("heartbeat"))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void twoWatchersEachGetEveryEventOnce() {
        engine.createClock("X", "29.00");
        var one = WatchStream.of(engine.auction("X"), Position.START, applied.asFlux(), HEARTBEAT)
                .filter(sse -> sse.comment() == null).map(WatchStreamTest::id);
        StepVerifier.create(one.take(3))
                .expectNext(engine.processor.auction("X").log().from(0).get(0).seq() + ".0")
                .then(() -> applied.tryEmitNext(engine.at(5, new EngineCommand.StartAuction("X")).get(0).seq()))
                .expectNextCount(2)
                .verifyComplete();
        StepVerifier.create(one.take(3)).expectNextCount(3).verifyComplete();
    }
}
