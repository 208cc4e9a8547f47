package jp.tomoni.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Checks shared by the end-to-end tests: what a retailer may see through the gateway, and that the replay of
 * an auction's exported scenario gives the live result.
 */
final class AuctionChecks {

    private AuctionChecks() {
    }

    /**
     * A disclosure attack through the gateway fails: the retailer's view, own bids and event stream of an
     * ended auction never name another retailer and never carry the confidential reserve.
     */
    static void disclosesNothingOfOthers(Retailer retailer, String auctionId, String reserve,
                                         Collection<Retailer> everyone) throws Exception {
        String view = Retailer.text(retailer.view(auctionId));
        String seen = view + "\n" + Retailer.text(retailer.ownBids(auctionId)) + "\n" + retailer.events(auctionId);
        assertThat(view).as("its own view names it").contains("\"" + retailer.id() + "\"");
        for (Retailer other : everyone) {
            if (!other.id().equals(retailer.id())) {
                assertThat(seen).as("what %s sees of %s", retailer.id(), auctionId).doesNotContain(other.id());
            }
        }
        assertThat(seen).as("what %s sees of %s", retailer.id(), auctionId)
                .doesNotContain("\"" + reserve + "\"").doesNotContainIgnoringCase("reservePrice");
    }

    /** Tranches won per bidder in the engine's officer view ({@code awards[{bidder, tranches}]}). */
    static Map<String, Integer> liveAwards(JsonNode officerView) {
        Map<String, Integer> awards = new TreeMap<>();
        officerView.get("awards").forEach(a -> awards.put(a.get("bidder").asString(), a.get("tranches").asInt()));
        return awards;
    }

    /**
     * The replay of the exported scenario gives the live result: the same status, price and tranches per
     * winner and, where the engine has a report, the same annual cost per winner.
     *
     * @param officerView the engine's view of the ended auction
     * @param report      the engine's award report, or {@code null}
     * @param replay      the output of {@code replay} on the exported scenario
     */
    static void replayMatchesLive(JsonNode officerView, JsonNode report, JsonNode replay) {
        boolean clock = "CLOCK".equals(officerView.get("format").asString());
        assertThat(replay.get("status").asString()).isEqualTo(officerView.get("outcome").asString());
        assertThat(replay.get(clock ? "clearingPrice" : "winningPrice").asString())
                .isEqualTo(officerView.get("finalPrice").asString());
        Map<String, Integer> replayed = new TreeMap<>();
        replay.get("awards").forEach(a -> replayed.put(a.get("bidder").asString(), a.get("tranches").asInt()));
        assertThat(replayed).isEqualTo(liveAwards(officerView));
        if (clock) {
            assertThat(replay.get("rounds")).hasSize(officerView.get("rounds").size());
        } else {
            assertThat(OffsetDateTime.parse(replay.get("closesAt").asString()).toInstant())
                    .isEqualTo(Instant.parse(officerView.get("closesAt").asString()));
            assertThat(replay.get("extensions").asInt()).isEqualTo(officerView.get("extensions").asInt());
        }
        if (report != null) {
            Map<String, Long> liveCosts = new TreeMap<>();
            report.get("winners").forEach(w -> liveCosts.put(w.get("bidder").asString(), w.get("annualCostYen").asLong()));
            Map<String, Long> replayedCosts = new TreeMap<>();
            replay.get("awards").forEach(a -> replayedCosts.put(a.get("bidder").asString(), a.get("annualCostYen").asLong()));
            assertThat(replayedCosts).isEqualTo(liveCosts);
        }
    }
}
