package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * Four retailers bidding through the gateway's intake as each round opens: round 1 R1 6, R2 6, R3 5, R4 3;
 * round 2 R1 6, R2 5 (exit 29.00), R3 5, R4 silent (out); round 3 R1 4 (exit 27.50), R2 3 (27.30),
 * R3 2 (28.00), and R4, already out, is rejected. The clearing price is 27.30: R1 4, R2 4, R3 2 tranches.
 * A bid refused as NOT_OPEN (the auction is paused) is sent again.
 */
final class SimulatedRetailers implements Runnable {

    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final AtomicReference<String> rejectedCode = new AtomicReference<>();

    private final LiveEngineTestBase engine;
    private final String auction;
    private final String[][][] plan = {
            {{"R1", "6", null}, {"R2", "6", null}, {"R3", "5", null}, {"R4", "3", null}},
            {{"R1", "6", null}, {"R2", "5", "29.00"}, {"R3", "5", null}},
            {{"R1", "4", "27.50"}, {"R2", "3", "27.30"}, {"R3", "2", "28.00"}}};

    SimulatedRetailers(LiveEngineTestBase engine, String auction) {
        this.engine = engine;
        this.auction = auction;
    }

    @Override
    public void run() {
        try {
            for (int round = 1; round <= plan.length; round++) {
                awaitRound(round);
                for (String[] bid : plan[round - 1]) {
                    send(round, bid[0], Integer.parseInt(bid[1]), bid[2]);
                }
            }
            Map<String, Object> late = engine.gatewayBid(auction, bid("R4", 3, 2, null));
            assertThat(late).containsEntry("status", "REJECTED");
            rejectedCode.set((String) late.get("code"));
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    private void awaitRound(int round) {
        LiveEngineTestBase.await(60, () -> {
            Map<?, ?> view = engine.officer().get().uri("/api/v1/auctions/{id}", auction).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            return Integer.valueOf(round).equals(view.get("round")) && view.get("roundClosesAt") != null;
        });
    }

    /** Sends the bid until it is accepted; a NOT_OPEN (paused auction) is sent again, any other refusal fails. */
    private void send(int round, String retailer, int quantity, String exitPrice) {
        Awaitility.await("the auction to take the bid of " + retailer + " in round " + round)
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    Map<String, Object> receipt = engine.gatewayBid(auction, bid(retailer, round, quantity, exitPrice));
                    if (!"ACCEPTED".equals(receipt.get("status")) && !"NOT_OPEN".equals(receipt.get("code"))) {
                        throw new AssertionError("bid of " + retailer + " in round " + round + " refused: " + receipt);
                    }
                    return "ACCEPTED".equals(receipt.get("status"));
                });
    }

    private String bid(String retailer, int round, int quantity, String exitPrice) {
        return "{\"retailerId\": \"%s\", \"round\": %d, \"quantity\": %d%s}".formatted(retailer, round, quantity,
                exitPrice == null ? "" : ", \"exitPrice\": \"" + exitPrice + "\"");
    }
}
