package jp.tomoni.web;

import static jp.tomoni.web.AuctionFixture.bid;
import static jp.tomoni.web.AuctionFixture.offer;
import static jp.tomoni.web.AuctionFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.WinnerShare;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LotSelection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The award report of a live auction, and its JSON. */
class AwardAssemblerTest {

    private final AuctionFixture engine = new AuctionFixture();

    /** A and B win one tranche each at 30.00: A gets F1, B gets F2 and F3 (which has no current price). */
    private LiveAuction awardedClock() {
        engine.createClock("X", null);
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 1));
        engine.at(11, bid("X", "B", 1, 1));
        engine.at(70, new EngineCommand.Tick());
        return engine.auction("X");
    }

    @Test
    void aClockAwardIsReportedWithEachWinnersMenuFactorAsItsPlanFactor() {
        LiveAuction auction = awardedClock();
        AwardReport report = AwardAssembler.report(auction);
        assertThat(report).isEqualTo(AwardReport.of(auction.lot().toLot(), 2, price("30.00"), List.of(
                new WinnerShare("A", 1, AuctionFixture.RENEWABLE), new WinnerShare("B", 1, AuctionFixture.PARTLY))));
        assertThat(report.lines()).extracting(l -> l.facility().id() + ">" + l.winner())
                .containsExactly("F1>A", "F2>B", "F3>B");
        assertThat(report.totals().annualCost().value()).isEqualTo(135_000_000);
        assertThat(report.totals().saving().value()).isEqualTo(-8_000_000);
        assertThat(report.totals().co2Reduction().grams()).isEqualTo(1_798_500_000L);
    }

    @Test
    void anOpenReverseWinnerTakesTheWholeLotAsOneTranche() {
        engine.createReverse("R");
        engine.at(2, new EngineCommand.StartAuction("R"));
        engine.at(100, offer("R", "B", "28.00"));
        engine.at(5000, new EngineCommand.Tick());
        LiveAuction auction = engine.auction("R");
        assertThat(AwardAssembler.report(auction)).isEqualTo(AwardReport.of(auction.lot().toLot(), 1,
                price("28.00"), List.of(new WinnerShare("B", 1, AuctionFixture.PARTLY))));
    }

    @Test
    void thereIsNoReportBeforeTheEndOrWithoutAnAward() {
        engine.createClock("X", "29.00");
        assertThat(AwardAssembler.report(engine.auction("X"))).isNull();
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 1));
        assertThat(AwardAssembler.report(engine.auction("X"))).isNull();
        engine.at(70, new EngineCommand.Tick());
        assertThat(engine.auction("X").outcome()).isNotNull();
        assertThat(AwardAssembler.report(engine.auction("X"))).isNull();
    }

    @Test
    void theReportJsonHasStringPricesFiguresPerFacilityWardAndWinnerAndTheSeed() {
        LiveAuction auction = awardedClock();
        JsonNode json = ReportJson.of(auction, AwardAssembler.report(auction));
        assertThat(json.get("price").asString()).isEqualTo("30.00");
        JsonNode f3 = json.get("facilities").get(2);
        assertThat(f3.get("facilityId").asString()).isEqualTo("F3");
        assertThat(f3.get("winner").asString()).isEqualTo("B");
        assertThat(f3.get("annualCostYen").asLong()).isEqualTo(15_000_000);
        assertThat(f3.get("currentPrice").isNull()).isTrue();
        assertThat(f3.get("savingYen").isNull()).isTrue();
        assertThat(f3.get("co2ReductionKg").asLong()).isEqualTo(166_500);
        assertThat(f3.get("co2ReductionT").asString()).isEqualTo("166.5");
        assertThat(f3.get("planFactor").toString()).isEqualTo("{\"value\":\"0.100\",\"kind\":\"basic\",\"fiscalYear\":2023}");
        assertThat(json.get("facilities").get(0).get("currentPrice").asString()).isEqualTo("28.00");
        assertThat(json.get("facilities").get(0).get("savingYen").asLong()).isEqualTo(-6_000_000);
        assertThat(json.get("wards").toString()).isEqualTo("[{\"ward\":\"13101\",\"facilities\":1,\"annualKwh\":3000000,"
                + "\"annualCostYen\":90000000,\"savingYen\":-6000000,\"facilitiesWithoutCurrentPrice\":0,"
                + "\"co2ReductionKg\":1299000,\"co2ReductionT\":\"1299.0\",\"households\":451},"
                + "{\"ward\":\"13102\",\"facilities\":2,\"annualKwh\":1500000,\"annualCostYen\":45000000,"
                + "\"savingYen\":-2000000,\"facilitiesWithoutCurrentPrice\":1,\"co2ReductionKg\":499500,"
                + "\"co2ReductionT\":\"499.5\",\"households\":173}]");
        JsonNode a = json.get("winners").get(0);
        assertThat(a.get("bidder").asString()).isEqualTo("A");
        assertThat(a.get("tranches").asInt()).isEqualTo(1);
        assertThat(a.get("targetKwh").asLong()).isEqualTo(2_250_000);
        assertThat(a.get("differenceKwh").asLong()).isEqualTo(750_000);
        assertThat(json.get("winners").get(1).get("differenceKwh").asLong()).isEqualTo(-750_000);
        JsonNode totals = json.get("totals");
        assertThat(totals.get("annualCostYen").asLong()).isEqualTo(135_000_000);
        assertThat(totals.get("savingYen").asLong()).isEqualTo(-8_000_000);
        assertThat(totals.get("facilitiesWithoutCurrentPrice").asInt()).isEqualTo(1);
        assertThat(totals.get("co2ReductionT").asString()).isEqualTo("1798.5");
        assertThat(totals.get("households").asLong()).isEqualTo(624);
        assertThat(json.get("factors").toString()).isEqualTo("[{\"value\":\"0.433\",\"kind\":\"adjusted\",\"fiscalYear\":2022},"
                + "{\"value\":\"0.000\",\"kind\":\"adjusted\",\"fiscalYear\":2022},"
                + "{\"value\":\"0.100\",\"kind\":\"basic\",\"fiscalYear\":2023}]");
        assertThat(json.get("unawardedFacilities").isEmpty()).isTrue();
        assertThat(json.get("seed").asString()).isEqualTo(AuctionFixture.SEED);
        assertThat(json.get("seedSha256").asString()).isEqualTo(auction.seed().publishedHash());
        assertThat(json.has("draws")).isFalse();
    }

    @Test
    void theRulesCheckFigureComesOutOfTheReport() throws Exception {
        engine.at(0, new EngineCommand.ImportFacilities(List.of(AuctionFixture.facility("P1", "13101", 3_800_000, null))));
        engine.at(0, new EngineCommand.CreateLot("L2", "check figure",
                new LotSelection(Set.of(), Set.of(), Set.of(), Set.of("P1"))));
        engine.at(1, new EngineCommand.CreateClockAuction("K", "L2", ClockParameters.withDefaults(1, price("27.30"),
                null), Duration.ofSeconds(60), Duration.ZERO, AuctionFixture.SEED, List.of("A"), null));
        engine.at(5, new EngineCommand.StartAuction("K"));
        engine.at(10, bid("K", "A", 1, 1));
        engine.at(70, new EngineCommand.Tick());
        LiveAuction auction = engine.auction("K");
        String text = JsonMapper.builder().build().writeValueAsString(ReportJson.of(auction, AwardAssembler.report(auction)));
        JsonNode totals = JsonMapper.builder().build().readTree(text).get("totals");
        assertThat(text).contains("\"price\":\"27.30\"");
        assertThat(totals.get("co2ReductionKg").asLong()).isEqualTo(1_645_400);
        assertThat(totals.get("co2ReductionT").asString()).isEqualTo("1645.4");
        assertThat(totals.get("households").asLong()).isEqualTo(571);
    }
}
