package jp.tomoni.gateway;

import jp.tomoni.contract.ApiKeys;
import jp.tomoni.contract.v1.ClockBid;
import jp.tomoni.contract.v1.ReverseBid;
import jp.tomoni.contract.v1.SubmitBidRequest;
import jp.tomoni.core.unit.Price;

/**
 * A bid that passed the gateway's validation, in one of the two auction formats, read once at the edge into
 * the contract's typed message. Its canonical text names the format, every value in a normal form (prices
 * with exactly two decimals) and the auction, so the same bid sent with different whitespace, property order
 * or {@code "24.3"} for {@code "24.30"} has the same request hash, and the same Idempotency-Key used for
 * another auction or another bid does not.
 */
public sealed interface Bid {

    /** The canonical text of this bid for {@code auctionId}. */
    String canonical(String auctionId);

    /** The SHA-256 (lower-case hex) of {@link #canonical}: the request hash sent with the idempotency key. */
    default String requestHash(String auctionId) {
        return ApiKeys.sha256(canonical(auctionId));
    }

    /** The engine's request for this bid of {@code retailerId} in {@code auctionId}. */
    SubmitBidRequest toEngine(String auctionId, String retailerId, String idempotencyKey);

    /**
     * A CLOCK bid.
     *
     * @param round     the round it is for, at least 1
     * @param quantity  tranches offered, at least 0
     * @param exitPrice exit price, or {@code null} for none
     */
    record Clock(int round, int quantity, Price exitPrice) implements Bid {

        @Override
        public String canonical(String auctionId) {
            return "clock|" + round + "|" + quantity + "|" + (exitPrice == null ? "" : exitPrice) + "|" + auctionId;
        }

        @Override
        public SubmitBidRequest toEngine(String auctionId, String retailerId, String idempotencyKey) {
            ClockBid.Builder bid = ClockBid.newBuilder().setRound(round).setQuantity(quantity);
            if (exitPrice != null) {
                bid.setExitPrice(exitPrice.hundredths());
            }
            return SubmitBidRequest.newBuilder().setAuctionId(auctionId).setRetailerId(retailerId)
                    .setIdempotencyKey(idempotencyKey).setRequestHash(requestHash(auctionId)).setClock(bid).build();
        }
    }

    /**
     * An OPEN_REVERSE bid.
     *
     * @param price the price for the whole lot's supply, above 0
     */
    record Reverse(Price price) implements Bid {

        @Override
        public String canonical(String auctionId) {
            return "reverse|" + price + "|" + auctionId;
        }

        @Override
        public SubmitBidRequest toEngine(String auctionId, String retailerId, String idempotencyKey) {
            return SubmitBidRequest.newBuilder().setAuctionId(auctionId).setRetailerId(retailerId)
                    .setIdempotencyKey(idempotencyKey).setRequestHash(requestHash(auctionId))
                    .setReverse(ReverseBid.newBuilder().setPrice(price.hundredths())).build();
        }
    }
}
