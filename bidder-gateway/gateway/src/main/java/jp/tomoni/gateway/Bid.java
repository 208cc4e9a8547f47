package jp.tomoni.gateway;

import tools.jackson.databind.node.ObjectNode;

/**
 * A bid that passed the gateway's validation, in one of the two auction formats. Its canonical text names
 * the format, every value in a normal form (prices with exactly two decimals) and the auction, so the same
 * bid sent with different whitespace, property order or {@code "24.3"} for {@code "24.30"} has the same
 * request hash, and the same Idempotency-Key used for another auction or another bid does not.
 */
public sealed interface Bid {

    /** The canonical text of this bid for {@code auctionId}. */
    String canonical(String auctionId);

    /** The SHA-256 (lower-case hex) of {@link #canonical}: the request hash sent with the idempotency key. */
    default String requestHash(String auctionId) {
        return Sha256.hex(canonical(auctionId));
    }

    /** Adds this bid's values to {@code node}, prices as decimal strings. */
    void writeTo(ObjectNode node);

    /** The body of the engine's bid intake. */
    default ObjectNode toEngine(String retailerId, String idempotencyKey, String requestHash) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("retailerId", retailerId);
        writeTo(node);
        return node.put("idempotencyKey", idempotencyKey).put("requestHash", requestHash);
    }

    /**
     * A CLOCK bid.
     *
     * @param round     the round it is for, at least 1
     * @param quantity  tranches offered, at least 0
     * @param exitPrice exit price in hundredths of a yen, or {@code null} for none
     */
    record Clock(int round, int quantity, Long exitPrice) implements Bid {

        @Override
        public String canonical(String auctionId) {
            return "clock|" + round + "|" + quantity + "|" + (exitPrice == null ? "" : Prices.format(exitPrice))
                    + "|" + auctionId;
        }

        @Override
        public void writeTo(ObjectNode node) {
            node.put("round", round).put("quantity", quantity);
            if (exitPrice != null) {
                node.put("exitPrice", Prices.format(exitPrice));
            }
        }
    }

    /**
     * An OPEN_REVERSE bid.
     *
     * @param price the price for the whole lot's supply, in hundredths of a yen, above 0
     */
    record Reverse(long price) implements Bid {

        @Override
        public String canonical(String auctionId) {
            return "reverse|" + Prices.format(price) + "|" + auctionId;
        }

        @Override
        public void writeTo(ObjectNode node) {
            node.put("price", Prices.format(price));
        }
    }
}
