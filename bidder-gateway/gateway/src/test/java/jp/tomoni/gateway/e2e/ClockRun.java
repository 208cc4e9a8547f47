package jp.tomoni.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.tomoni.gateway.client.ApiException;
import jp.tomoni.gateway.client.ApiResponse;
import jp.tomoni.gateway.client.model.BidReceipt;
import jp.tomoni.simulation.ClockStrategy;
import jp.tomoni.simulation.Prices;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Drives a running CLOCK auction through the gateway until it ends: it follows the auction in one
 * retailer's view and, whenever a round opens, has every retailer still in bid what its {@link ClockStrategy}
 * decides, each bid with a fresh Idempotency-Key and through the generated client. Along the way it checks
 * two things only the gateway does: in round 1 a repeat with the same key answers the first receipt with
 * {@code Idempotency-Replayed: true}, and in round 2 one retailer's attempt to raise its quantity is refused
 * with 422 {@code ACTIVITY_RULE}.
 */
final class ClockRun {

    private final String auctionId;
    private final Map<Retailer, ClockStrategy> bidders;
    private final Map<String, Integer> quantities = new HashMap<>();
    private final Map<Integer, Long> prices = new HashMap<>();
    private final Map<String, Integer> bidsSent = new LinkedHashMap<>();
    private int exitPrices;
    private boolean repeated;
    private boolean raised;

    /** A run of {@code auctionId} with these retailers and strategies (in bidding order). */
    ClockRun(String auctionId, Map<Retailer, ClockStrategy> bidders) {
        this.auctionId = auctionId;
        this.bidders = bidders;
        bidders.keySet().forEach(r -> bidsSent.put(r.id(), 0));
    }

    /** Bids round after round until the auction has ended; answers the first retailer's final view. */
    JsonNode untilEnded(Duration timeout) {
        Retailer watcher = bidders.keySet().iterator().next();
        int[] lastRound = {0};
        return Awaitility.await(auctionId + " to end").atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode view = watcher.view(auctionId);
            JsonNode current = view.path("current");
            int round = current.path("round").asInt(0);
            if (!"ENDED".equals(view.path("state").asString()) && round > lastRound[0] && current.has("roundClosesAt")) {
                bidRound(round, Prices.parse(current.get("price").asString()));
                lastRound[0] = round;
            }
            return view;
        }, view -> "ENDED".equals(view.path("state").asString()));
    }

    private void bidRound(int round, long price) throws ApiException {
        prices.put(round, price);
        long previousPrice = prices.getOrDefault(round - 1, 0L);
        for (Map.Entry<Retailer, ClockStrategy> entry : bidders.entrySet()) {
            Retailer retailer = entry.getKey();
            int previous = quantities.getOrDefault(retailer.id(), 0);
            ClockStrategy.Decision decision = entry.getValue().decide(round, price, previousPrice, previous);
            if (decision == null) {
                continue;
            }
            if (round == 2 && !raised) {
                tryToRaise(retailer, previous);
                raised = true;
            }
            String key = Retailer.freshKey();
            String exitPrice = decision.exitPrice() == null ? null : Prices.format(decision.exitPrice());
            ApiResponse<BidReceipt> answer = retailer.clockBid(auctionId, key, round, decision.quantity(), exitPrice);
            expectAccepted(answer, round, decision.quantity());
            count(retailer);
            if (round == 1 && !repeated) {
                repeated = true;
                ApiResponse<BidReceipt> again = retailer.clockBid(auctionId, key, round, decision.quantity(), exitPrice);
                assertThat(again.getStatusCode()).isEqualTo(201);
                assertThat(again.getHeaders().get("idempotency-replayed")).containsExactly("true");
                assertThat(again.getData().getSeq()).isEqualTo(answer.getData().getSeq());
            }
            quantities.put(retailer.id(), decision.quantity());
            if (decision.exitPrice() != null) {
                exitPrices++;
            }
        }
    }

    private void tryToRaise(Retailer retailer, int previous) {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> retailer.clockBid(auctionId, Retailer.freshKey(), 2, previous + 1, null));
        assertThat(refused).as("raising the quantity in round 2 is refused").isNotNull();
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseBody()).contains("\"code\":\"ACTIVITY_RULE\"").contains("\"field\":\"quantity\"");
        count(retailer);
    }

    private void expectAccepted(ApiResponse<BidReceipt> answer, int round, int quantity) {
        assertThat(answer.getStatusCode()).isEqualTo(201);
        BidReceipt receipt = answer.getData();
        assertThat(receipt.getStatus()).isEqualTo("ACCEPTED");
        assertThat(receipt.getAuctionId()).isEqualTo(auctionId);
        assertThat(receipt.getRound()).isEqualTo(round);
        assertThat(receipt.getQuantity()).isEqualTo(quantity);
        assertThat(receipt.getSeq()).isPositive();
        assertThat(receipt.getReceivedAt()).isNotBlank();
    }

    private void count(Retailer retailer) {
        bidsSent.merge(retailer.id(), 1, Integer::sum);
    }

    /** Bids each retailer sent (accepted or refused by the rules; a replayed request counts once). */
    Map<String, Integer> bidsSent() {
        return bidsSent;
    }

    /** How many accepted bids named an exit price. */
    int exitPrices() {
        return exitPrices;
    }
}
