package jp.tomoni.gateway;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the engine's receipt into the retailer's answer. A receipt means the bid is durable in the engine's
 * journal. ACCEPTED is 201 {@code {auctionId, seq, receivedAt, status, round, quantity, exitPrice?}} or
 * {@code {..., price}}. REJECTED by the rules is 422 problem+json whose {@code code} is the rule's code,
 * {@code field} the bid field it is about (see {@link RuleCodes}), with the receipt's {@code seq} and
 * {@code receivedAt}: a rejected bid is journaled and listed too. A repeat (same Idempotency-Key and bid)
 * answers the first receipt with the same status, plus the header {@code Idempotency-Replayed: true}.
 */
final class BidReceipts {

    /** Header set on the answer to a repeated request. */
    static final String REPLAYED = "Idempotency-Replayed";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private BidReceipts() {
    }

    static ResponseEntity<byte[]> answer(String auctionId, Bid bid, JsonNode receipt) {
        JsonNode seq = receipt.get("seq");
        JsonNode receivedAt = receipt.get("receivedAt");
        JsonNode status = receipt.get("status");
        if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || receivedAt == null
                || !receivedAt.isString() || status == null || !status.isString()) {
            throw GatewayException.engineError("the engine's receipt could not be read");
        }
        JsonNode repeatedNode = receipt.get("repeated");
        boolean repeated = repeatedNode != null && repeatedNode.isBoolean() && repeatedNode.booleanValue();
        if ("ACCEPTED".equals(status.stringValue())) {
            ObjectNode body = Json.MAPPER.createObjectNode().put("auctionId", auctionId).put("seq", seq.longValue())
                    .put("receivedAt", receivedAt.stringValue()).put("status", "ACCEPTED");
            bid.writeTo(body);
            ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON);
            if (repeated) {
                created.header(REPLAYED, "true");
            }
            return created.body(Json.write(body));
        }
        if ("REJECTED".equals(status.stringValue())) {
            JsonNode codeNode = receipt.get("code");
            String code = codeNode != null && codeNode.isString() && CODE.matcher(codeNode.stringValue()).matches()
                    ? codeNode.stringValue() : "BID_REJECTED";
            GatewayException rejected = new GatewayException(422, code, RuleCodes.field(code), RuleCodes.detail(code))
                    .withProperty("seq", seq.longValue()).withProperty("receivedAt", receivedAt.stringValue());
            throw repeated ? rejected.withHeader(REPLAYED, "true") : rejected;
        }
        throw GatewayException.engineError("the engine's receipt has an unknown status");
    }
}
