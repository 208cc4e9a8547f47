package jp.tomoni.web;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.tomoni.contract.v1.BidReply;
import jp.tomoni.contract.v1.ClockBid;
import jp.tomoni.contract.v1.ReverseBid;
import jp.tomoni.contract.v1.SubmitBidRequest;
import jp.tomoni.core.unit.Price;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bids written as the tests' short JSON, sent as the contract's messages, answered as maps. */
public final class GatewayBids {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayBids() {
    }

    /** The request for a bid written as {@code {retailerId, round, quantity, exitPrice?} | {retailerId, price}}. */
    public static SubmitBidRequest request(String auctionId, String json) {
        JsonNode bid = JSON.readTree(json);
        SubmitBidRequest.Builder request = SubmitBidRequest.newBuilder().setAuctionId(auctionId)
                .setRetailerId(bid.get("retailerId").asString());
        if (bid.has("idempotencyKey")) {
            request.setIdempotencyKey(bid.get("idempotencyKey").asString());
        }
        if (bid.has("requestHash")) {
            request.setRequestHash(bid.get("requestHash").asString());
        }
        if (bid.has("price")) {
            return request.setReverse(ReverseBid.newBuilder().setPrice(hundredths(bid.get("price")))).build();
        }
        ClockBid.Builder clock = ClockBid.newBuilder().setRound(bid.get("round").asInt())
                .setQuantity(bid.get("quantity").asInt());
        if (bid.has("exitPrice") && !bid.get("exitPrice").isNull()) {
            clock.setExitPrice(hundredths(bid.get("exitPrice")));
        }
        return request.setClock(clock).build();
    }

    /** The reply as {@code {seq, receivedAt, status, code?, repeated?}}, or {@code {refused, code, field}}. */
    public static Map<String, Object> receipt(BidReply reply) {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (reply.hasRefusal()) {
            answer.put("refused", reply.getRefusal().getKind().name());
            answer.put("code", reply.getRefusal().getProblem().getCode());
            answer.put("field", reply.getRefusal().getProblem().getField());
            return answer;
        }
        var receipt = reply.getReceipt();
        answer.put("seq", receipt.getSeq());
        answer.put("receivedAt", instant(receipt.getReceivedAt()).toString());
        answer.put("status", receipt.getAccepted() ? "ACCEPTED" : "REJECTED");
        if (!receipt.getAccepted()) {
            answer.put("code", receipt.getRejection().getCode());
        }
        if (receipt.getRepeated()) {
            answer.put("repeated", true);
        }
        return answer;
    }

    static Instant instant(Timestamp at) {
        return Instant.ofEpochSecond(at.getSeconds(), at.getNanos());
    }

    private static long hundredths(JsonNode price) {
        return Price.parse(price.asString()).hundredths();
    }
}
