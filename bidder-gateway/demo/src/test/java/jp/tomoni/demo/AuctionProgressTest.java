package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuctionProgressTest {

    private static JsonNode json(String text) {
        return DemoHttp.JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aRoundLineShowsPriceBandSupplyBidsAndTheNextRound() {
        JsonNode view = json("{'state':'RUNNING','outcome':null,'round':2,'nextPrice':'28.50',"
                + "'nextRoundOpensAt':'2026-12-01T00:00:05Z','bidsReceived':11,'bidsRejected':1,"
                + "'rounds':[{'round':1,'price':'30.00','supply':48,'band':'>2'}]}");
        String line = AuctionProgress.roundLine(view, 0, 20, Instant.parse("2026-12-01T00:00:03.600Z"));
        assertThat(line).isEqualTo("        1          30.00  >2                  48 / 20       10         1  "
                + "round 2 at 28.50, opens 09:00:05 JST (in 2 s)");
        assertThat(line.indexOf("30.00") + 5).isEqualTo(AuctionProgress.HEADER.indexOf("yen/kWh") + 7);
        assertThat(AuctionProgress.hasEnded(view)).isFalse();
    }

    @Test
    void theLegendExplainsTheBandTheRunningTotalsAndTheZone() {
        assertThat(String.join("\n", AuctionProgress.LEGEND)).contains("Band", "running totals", "JST");
    }

    @Test
    void anEarlierRoundNamesTheFollowingOneAndTheLastSaysTheAuctionEnded() {
        JsonNode view = json("{'state':'ENDED','outcome':'AWARDED','nextPrice':null,'nextRoundOpensAt':null,"
                + "'bidsReceived':30,'bidsRejected':1,'rounds':[{'round':3,'price':'27.07','supply':26,'band':'(1.25,1.5]'},"
                + "{'round':4,'price':'25.72','supply':0,'band':'<=1'}]}");
        assertThat(AuctionProgress.roundLine(view, 0, 20, Instant.EPOCH)).contains("(1.25,1.5]", "26 / 20",
                "round 4 at 25.72");
        assertThat(AuctionProgress.roundLine(view, 1, 20, Instant.EPOCH)).contains("<=1", " 0 / 20", "29", "1",
                "none: the auction has ended");
        assertThat(AuctionProgress.hasEnded(view)).isTrue();
    }
}
