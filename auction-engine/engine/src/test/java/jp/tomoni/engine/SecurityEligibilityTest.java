package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.RENEWABLE;
import static jp.tomoni.engine.EngineFixture.SEED;
import static jp.tomoni.engine.EngineFixture.bid;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.replay.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Eligibility from posted security: given retailers that posted 25, 10 and 9.99 million yen, when an auction asks
 * 10 million yen per tranche, expect eligibilities of 2 and 1 and the third not invited; and a bid received after
 * the day a retailer's security expires (in Japan) refused as NOT_QUALIFIED, one on that day accepted.
 */
class SecurityEligibilityTest {

    private static final long TEN_MILLION = 10_000_000;

    /** T0 is 2026-12-01 09:00 in Japan; R2's security lasts to the end of that day. */
    private static EngineFixture fixture() {
        EngineFixture f = new EngineFixture();
        f.at(0, new EngineCommand.ImportFacilities(List.of(EngineFixture.facility("F1", "13101", 3_000_000),
                EngineFixture.facility("F2", "13102", 1_000_000))));
        f.at(0, new EngineCommand.CreateLot("L1", "two offices", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of())));
        f.at(0, qualify("R1", 25_000_000, null));
        f.at(0, qualify("R2", TEN_MILLION, LocalDate.parse("2026-12-01")));
        f.at(0, qualify("R3", TEN_MILLION - 1, null));
        return f;
    }

    private static EngineCommand.QualifyRetailer qualify(String id, long security, LocalDate expires) {
        return new EngineCommand.QualifyRetailer(id, "Retailer " + id, "A000" + id.charAt(1), RENEWABLE, security, 9,
                "hash-" + id, expires);
    }

    private static EngineCommand.CreateClockAuction auction(String id, Long perTranche) {
        return new EngineCommand.CreateClockAuction(id, "L1", ClockParameters.withDefaults(4, Price.parse("30.00"),
                null), Duration.ofHours(20), Duration.ZERO, SEED, List.of(), null, null, perTranche);
    }

    @Test
    void eligibilityIsTheSecurityDividedByTheSecurityPerTrancheRoundedDown() {
        EngineFixture f = fixture();
        f.at(1, auction("A1", TEN_MILLION));
        LiveAuction auction = f.processor.auction("A1");
        assertThat(auction.roster().get("R1").eligibility()).isEqualTo(2);
        assertThat(auction.roster().get("R2").eligibility()).isEqualTo(1);
        assertThat(auction.roster().get("R3").eligibility()).isZero();
        assertThat(auction.invited()).containsExactly("R1", "R2");
        assertThat(f.processor.retailer("R1").eligibility()).as("the registry keeps the typed one")
                .isEqualTo(9);
    }

    @Test
    void aBidAboveTheEligibilityTheSecurityBuysAndABidWithTooLittleSecurityAreRefused() {
        EngineFixture f = fixture();
        f.at(1, auction("A1", TEN_MILLION));
        f.at(2, new EngineCommand.StartAuction("A1"));
        assertThat(f.at(3, bid("A1", "R1", 1, 3))).anyMatch(e -> e instanceof EngineEvent.BidRejected r
                && r.code() == RejectionCode.ABOVE_ELIGIBILITY);
        assertThat(f.at(4, bid("A1", "R1", 1, 2))).anyMatch(EngineEvent.ClockBidAccepted.class::isInstance);
        assertThat(f.at(5, bid("A1", "R3", 1, 1))).anyMatch(e -> e instanceof EngineEvent.BidRejected r
                && r.code() == RejectionCode.NOT_QUALIFIED);
    }

    @Test
    void securityCountsThroughItsLastDayInJapanAndABidAfterThatIsNotQualified() {
        EngineFixture f = fixture();
        f.at(1, auction("A1", TEN_MILLION));
        f.at(2, new EngineCommand.StartAuction("A1"));
        long lastSecondOfTheDay = Duration.ofHours(15).toSeconds() - 1;
        assertThat(f.at(lastSecondOfTheDay, bid("A1", "R2", 1, 1)))
                .anyMatch(EngineEvent.ClockBidAccepted.class::isInstance);
        assertThat(f.at(lastSecondOfTheDay + 1, bid("A1", "R2", 1, 1)))
                .anyMatch(e -> e instanceof EngineEvent.BidRejected r && r.code() == RejectionCode.NOT_QUALIFIED);
    }

    @Test
    void anAuctionWithoutASecurityPerTrancheKeepsTheTypedEligibilityAndTheExportCarriesTheDerivedOne() {
        EngineFixture f = fixture();
        f.at(1, auction("TYPED", null));
        assertThat(f.processor.auction("TYPED").roster().get("R3").eligibility()).isEqualTo(9);
        assertThat(f.processor.auction("TYPED").invited()).containsExactly("R1", "R2", "R3");
        f.at(1, auction("A1", TEN_MILLION));
        f.at(2, new EngineCommand.StartAuction("A1"));
        f.at(3, bid("A1", "R1", 1, 2));
        f.at(4, bid("A1", "R2", 1, 1));
        f.at(Duration.ofHours(21).toSeconds(), new EngineCommand.Tick());
        Scenario scenario = ScenarioExport.of(f.processor.auction("A1"));
        assertThat(scenario.bidders()).extracting(Scenario.Bidder::id, Scenario.Bidder::eligibility)
                .containsExactly(tuple("R1", 2), tuple("R2", 1));
    }

    @Test
    void aSecurityPerTrancheOutOfBoundsIsRefused() {
        EngineFixture f = fixture();
        assertThat(f.at(1, auction("A0", 0L))).anyMatch(e -> e instanceof EngineEvent.CommandRejected r
                && r.code().equals("OUT_OF_RANGE") && r.field().equals("securityPerTrancheYen"));
        assertThat(f.processor.auction("A0")).isNull();
    }
}
