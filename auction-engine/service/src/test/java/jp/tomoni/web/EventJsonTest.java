package jp.tomoni.web;

import static jp.tomoni.web.AuctionFixture.T0;
import static jp.tomoni.web.AuctionFixture.bid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

/** Engine events as officers and analysts receive them. */
class EventJsonTest {

    private final AuctionFixture engine = new AuctionFixture();

    private static String json(LoggedEvent event) {
        return EventJson.of(event).toString();
    }

    @Test
    void aRoundCloseCarriesTheCommandsPlaceTheTypeAndEveryFieldWithPricesAsStrings() {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        List<LoggedEvent> tick = engine.at(70, new EngineCommand.Tick());
        long seq = tick.get(0).seq();
        assertThat(json(tick.get(0))).isEqualTo("{\"seq\":" + seq + ",\"index\":0,\"at\":\"2026-12-01T00:01:10Z\","
                + "\"type\":\"RoundClosed\",\"auctionId\":\"X\",\"round\":1,\"price\":\"30.00\",\"supply\":4,"
                + "\"band\":\"(1.5,2]\",\"nextPrice\":\"28.50\",\"nextOpensAt\":\"2026-12-01T00:01:15Z\"}");
        assertThat(EventJson.type(tick.get(0))).isEqualTo("RoundClosed");
    }

    @Test
    void bidsShowTheBidderQuantityExitPriceAndRejectionCode() {
        engine.createClock("X", "29.00");
        List<LoggedEvent> start = engine.at(5, new EngineCommand.StartAuction("X"));
        assertThat(json(start.get(0))).endsWith("\"index\":0,\"at\":\"2026-12-01T00:00:05Z\","
                + "\"type\":\"AuctionStateChanged\",\"auctionId\":\"X\",\"state\":\"RUNNING\",\"reason\":\"started\","
                + "\"startsAt\":null}");
        assertThat(json(start.get(1))).endsWith("\"index\":1,\"at\":\"2026-12-01T00:00:05Z\",\"type\":\"RoundOpened\","
                + "\"auctionId\":\"X\",\"round\":1,\"price\":\"30.00\",\"opensAt\":\"2026-12-01T00:00:05Z\","
                + "\"closesAt\":\"2026-12-01T00:01:05Z\"}");
        assertThat(json(engine.at(10, bid("X", "A", 1, 2)).get(0))).endsWith("\"type\":\"ClockBidAccepted\","
                + "\"auctionId\":\"X\",\"retailerId\":\"A\",\"round\":1,\"quantity\":2,\"exitPrice\":null}");
        assertThat(json(engine.at(11, bid("X", "C", 1, 1)).get(0))).endsWith("\"type\":\"BidRejected\","
                + "\"auctionId\":\"X\",\"retailerId\":\"C\",\"round\":1,\"code\":\"NOT_QUALIFIED\"}");
    }

    @Test
    void anEndCarriesTheStatusPriceAndAwardsAsAnArrayOfObjects() {
        engine.createClock("X", null);
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 1));
        engine.at(11, bid("X", "B", 1, 1));
        LoggedEvent ended = engine.at(70, new EngineCommand.Tick()).stream()
                .filter(e -> e.event() instanceof EngineEvent.AuctionEnded).findFirst().orElseThrow();
        assertThat(json(ended)).endsWith("\"type\":\"AuctionEnded\",\"auctionId\":\"X\",\"status\":\"AWARDED\","
                + "\"price\":\"30.00\",\"awards\":[{\"bidder\":\"A\",\"tranches\":1},{\"bidder\":\"B\",\"tranches\":1}],"
                + "\"draws\":[]}");
    }

    @Test
    void kwhAreWholeNumbersAndAListOfEventsIsAnArray() {
        LoggedEvent lot = new LoggedEvent(3, 0, T0, new EngineEvent.LotCreated("L1", 2, Kwh.of(4_500_000)));
        LoggedEvent failed = new LoggedEvent(4, 1, T0.plusMillis(1),
                new EngineEvent.AuctionEnded("X", AuctionStatus.NO_BIDS, null, List.of()));
        ArrayNode array = EventJson.of(List.of(lot, failed));
        assertThat(array.toString()).isEqualTo("[{\"seq\":3,\"index\":0,\"at\":\"2026-12-01T00:00:00Z\","
                + "\"type\":\"LotCreated\",\"lotId\":\"L1\",\"facilities\":2,\"demand\":4500000},"
                + "{\"seq\":4,\"index\":1,\"at\":\"2026-12-01T00:00:00.001Z\",\"type\":\"AuctionEnded\","
                + "\"auctionId\":\"X\",\"status\":\"NO_BIDS\",\"price\":null,\"awards\":[],\"draws\":[]}]");
        assertThat(EventJson.text(lot)).doesNotContain("\n").startsWith("{\"seq\":3,");
    }
}
