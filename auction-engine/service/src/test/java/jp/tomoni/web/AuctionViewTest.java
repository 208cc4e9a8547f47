package jp.tomoni.web;

import static jp.tomoni.web.AuctionFixture.T0;
import static jp.tomoni.web.AuctionFixture.bid;
import static jp.tomoni.web.AuctionFixture.offer;
import static org.assertj.core.api.Assertions.assertThat;

import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LiveReverseAuction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The officers' view of an auction, folded from its log. */
class AuctionViewTest {

    private static final String HASH = TieBreakSeed.parse(AuctionFixture.SEED).publishedHash();
    private final AuctionFixture engine = new AuctionFixture();

    private AuctionView view(String id) {
        return AuctionView.of(engine.auction(id));
    }

    private static String at(long seconds) {
        return T0.plusSeconds(seconds).toString();
    }

    @Test
    void aCreatedClockAuctionShowsItsReserveAndSeedHashButNotItsSeed() {
        engine.createClock("X", "29.00");
        AuctionView view = view("X");
        assertThat(view.state()).isEqualTo(AuctionState.CREATED);
        assertThat(view.format()).isEqualTo("CLOCK");
        assertThat(view.lotId()).isEqualTo("L1");
        assertThat(view.seedSha256()).isEqualTo(HASH);
        assertThat(view.seed()).isNull();
        assertThat(view.reservePrice()).isEqualTo("29.00");
        assertThat(view.round()).isZero();
        assertThat(view.price()).isNull();
        assertThat(view.outcome()).isNull();
        assertThat(view.awards()).isNull();
        assertThat(view.lastSeq()).isEqualTo(engine.processor.lastSeq());
    }

    @Test
    void anOpenRoundShowsItsPriceTimesAndTheBidsCounted() {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(12, bid("X", "C", 1, 1));
        AuctionView view = view("X");
        assertThat(view.state()).isEqualTo(AuctionState.RUNNING);
        assertThat(view.round()).isEqualTo(1);
        assertThat(view.price()).isEqualTo("30.00");
        assertThat(view.roundOpensAt()).isEqualTo(at(5));
        assertThat(view.roundClosesAt()).isEqualTo(at(65));
        assertThat(view.nextRoundOpensAt()).isNull();
        assertThat(view.supply()).isNull();
        assertThat(view.rounds()).isEmpty();
        assertThat(view.bidsReceived()).isEqualTo(3);
        assertThat(view.bidsRejected()).isEqualTo(1);
    }

    @Test
    void duringARecessTheLastRoundsExactSupplyAndTheNextRoundAreShown() {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(70, new EngineCommand.Tick());
        AuctionView view = view("X");
        assertThat(view.round()).isEqualTo(1);
        assertThat(view.price()).isEqualTo("30.00");
        assertThat(view.roundOpensAt()).isNull();
        assertThat(view.roundClosesAt()).isNull();
        assertThat(view.nextPrice()).isEqualTo("28.50");
        assertThat(view.nextRoundOpensAt()).isEqualTo(at(75));
        assertThat(view.supply()).isEqualTo(4);
        assertThat(view.supplyBand()).isEqualTo("(1.5,2]");
        assertThat(view.rounds()).containsExactly(new AuctionView.RoundView(1, "30.00", 4, "(1.5,2]"));
    }

    @Test
    void aPauseDuringARecessMovesTheNextOpeningAsTheEngineDoes() {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(72, new EngineCommand.PauseAuction("X"));
        assertThat(view("X").state()).isEqualTo(AuctionState.PAUSED);
        engine.at(100, new EngineCommand.ResumeAuction("X"));
        LiveClockAuction live = (LiveClockAuction) engine.auction("X");
        assertThat(view("X").nextRoundOpensAt()).isEqualTo(at(103)).isEqualTo(live.nextOpensAt().toString());
        engine.at(104, new EngineCommand.PauseAuction("X"));
        engine.at(200, new EngineCommand.ResumeAuction("X"));
        assertThat(view("X").roundClosesAt()).isEqualTo(at(259)).isEqualTo(live.roundClosesAt().toString());
        assertThat(view("X").round()).isEqualTo(2);
        assertThat(view("X").price()).isEqualTo("28.50");
    }

    @Test
    void anEndedClockAuctionShowsItsResultAndRevealsTheSeed() {
        engine.createClock("X", null);
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 1));
        engine.at(11, bid("X", "B", 1, 1));
        engine.at(70, new EngineCommand.Tick());
        AuctionView view = view("X");
        assertThat(view.state()).isEqualTo(AuctionState.ENDED);
        assertThat(view.outcome()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(view.finalPrice()).isEqualTo("30.00");
        assertThat(view.awards()).containsExactly(new AuctionView.AwardView("A", 1), new AuctionView.AwardView("B", 1));
        assertThat(view.seed()).isEqualTo(AuctionFixture.SEED);
        assertThat(view.reservePrice()).isNull();
        assertThat(view.roundClosesAt()).isNull();
        assertThat(view.nextRoundOpensAt()).isNull();
        engine.at(80, new EngineCommand.ApproveAward("X"));
        assertThat(view("X").state()).isEqualTo(AuctionState.APPROVED);
        assertThat(view("X").seed()).isEqualTo(AuctionFixture.SEED);
    }

    @Test
    void aCancelledAuctionRevealsItsSeedAndHasNoOpenRound() {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(6, new EngineCommand.CancelAuction("X", "lot withdrawn"));
        AuctionView view = view("X");
        assertThat(view.state()).isEqualTo(AuctionState.CANCELLED);
        assertThat(view.seed()).isEqualTo(AuctionFixture.SEED);
        assertThat(view.roundClosesAt()).isNull();
        assertThat(view.outcome()).isNull();
    }

    @Test
    void anOpenReverseAuctionShowsItsLowestPriceClosingTimeAndExtensions() {
        engine.createReverse("R");
        engine.at(2, new EngineCommand.StartAuction("R"));
        engine.at(100, offer("R", "A", "28.50"));
        engine.at(200, offer("R", "B", "31.00"));
        engine.at(3000, offer("R", "B", "28.00"));
        engine.at(3001, offer("R", "C", "28.00"));
        AuctionView view = view("R");
        LiveReverseAuction live = (LiveReverseAuction) engine.auction("R");
        assertThat(view.format()).isEqualTo("OPEN_REVERSE");
        assertThat(view.round()).isNull();
        assertThat(view.rounds()).isEmpty();
        assertThat(view.opensAt()).isEqualTo(at(10));
        assertThat(view.closesAt()).isEqualTo(at(4800)).isEqualTo(live.closesAt().toString());
        assertThat(view.extensions()).isEqualTo(1);
        assertThat(view.lowestPrice()).isEqualTo("28.00");
        assertThat(view.lowestBidder()).isEqualTo("B");
        assertThat(view.reservePrice()).isEqualTo("29.00");
        assertThat(view.bidsReceived()).isEqualTo(4);
        assertThat(view.bidsRejected()).isEqualTo(1);
        engine.at(5000, new EngineCommand.Tick());
        AuctionView ended = view("R");
        assertThat(ended.finalPrice()).isEqualTo("28.00");
        assertThat(ended.awards()).containsExactly(new AuctionView.AwardView("B", 1));
        assertThat(ended.seed()).isEqualTo(AuctionFixture.SEED);
    }

    @Test
    void inJsonPricesAreDecimalStringsAndAbsentFieldsAreNull() throws Exception {
        engine.createClock("X", "29.00");
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(70, new EngineCommand.Tick());
        JsonNode json = JsonMapper.builder().build().valueToTree(view("X"));
        assertThat(json.get("price").isString()).isTrue();
        assertThat(json.get("price").asString()).isEqualTo("30.00");
        assertThat(json.get("reservePrice").asString()).isEqualTo("29.00");
        assertThat(json.get("nextPrice").asString()).isEqualTo("28.50");
        assertThat(json.get("rounds").get(0).get("price").asString()).isEqualTo("30.00");
        assertThat(json.get("roundClosesAt").isNull()).isTrue();
        assertThat(json.get("seed").isNull()).isTrue();
        assertThat(json.get("lastSeq").isIntegralNumber()).isTrue();
        assertThat(json.get("state").asString()).isEqualTo("RUNNING");
    }
}
