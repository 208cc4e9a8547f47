package jp.tomoni.gateway;

import jp.tomoni.contract.v1.BidReply;
import jp.tomoni.gateway.view.BidReceipt;
import jp.tomoni.gateway.view.Views;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Turns the engine's answer into the retailer's. A receipt means the bid is durable in the engine's journal.
 * Accepted is 201 {@code {auctionId, seq, receivedAt, status, round, quantity, exitPrice?}} or
 * {@code {..., price}}. Rejected by the rules is 422 problem+json with the engine's code, field and rule, and
 * the receipt's {@code seq} and {@code receivedAt}: a rejected bid is journaled and listed too. A repeat (same
 * Idempotency-Key and bid) answers the first receipt with the same status, plus the header
 * {@code Idempotency-Replayed: true}. A refusal by the engine (nothing journaled) is 404, 409 or 422 with the
 * engine's problem.
 */
final class BidReceipts {

    /** Header set on the answer to a repeated request. */
    static final String REPLAYED = "Idempotency-Replayed";

    private BidReceipts() {
    }

    static ResponseEntity<byte[]> answer(String auctionId, Bid bid, BidReply reply) {
        if (reply.hasRefusal()) {
            throw GatewayException.refused(reply.getRefusal());
        }
        if (!reply.hasReceipt()) {
            throw GatewayException.engineError("the engine's answer held no receipt");
        }
        var receipt = reply.getReceipt();
        String receivedAt = Views.time(receipt.getReceivedAt());
        if (receipt.getAccepted()) {
            ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON);
            if (receipt.getRepeated()) {
                created.header(REPLAYED, "true");
            }
            return created.body(Json.write(body(auctionId, receipt.getSeq(), receivedAt, bid)));
        }
        GatewayException rejected = GatewayException.of(422, receipt.getRejection())
                .withProperty("seq", receipt.getSeq()).withProperty("receivedAt", receivedAt);
        throw receipt.getRepeated() ? rejected.withHeader(REPLAYED, "true") : rejected;
    }

    private static BidReceipt body(String auctionId, long seq, String receivedAt, Bid bid) {
        if (bid instanceof Bid.Clock clock) {
            return new BidReceipt(auctionId, seq, receivedAt, "ACCEPTED", clock.round(), clock.quantity(),
                    clock.exitPrice() == null ? null : clock.exitPrice().toString(), null);
        }
        return new BidReceipt(auctionId, seq, receivedAt, "ACCEPTED", null, null, null,
                ((Bid.Reverse) bid).price().toString());
    }
}
