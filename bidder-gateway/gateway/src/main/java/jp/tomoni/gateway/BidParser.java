package jp.tomoni.gateway;

import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Strict reading of a retailer's bid body. The body must be one JSON object (else 400
 * {@code MALFORMED_JSON}, which also covers a repeated property) holding only the format's properties (else
 * {@code UNKNOWN_FIELD} naming the first stranger):
 * <ul>
 *   <li>CLOCK: {@code round}, a JSON whole number of at least 1 ({@code INVALID_ROUND});
 *       {@code quantity}, a JSON whole number of at least 0 ({@code INVALID_QUANTITY}); optional
 *       {@code exitPrice}, a decimal string with at most 2 decimals ({@code INVALID_PRICE}). JSON null for
 *       {@code exitPrice} means none, as at the engine.</li>
 *   <li>OPEN_REVERSE: {@code price}, a decimal string with at most 2 decimals, above 0 ({@code INVALID_PRICE}).</li>
 * </ul>
 * A string where a number belongs ({@code "3"}), a number where a price string belongs ({@code 27.3}), a
 * fraction, a sign or a third decimal is refused with the field's code, naming the field.
 */
public final class BidParser {

    /** The format name of a descending clock auction. */
    public static final String CLOCK = "CLOCK";
    /** The format name of an open descending auction. */
    public static final String OPEN_REVERSE = "OPEN_REVERSE";

    private static final Set<String> CLOCK_FIELDS = Set.of("round", "quantity", "exitPrice");
    private static final Set<String> REVERSE_FIELDS = Set.of("price");

    private BidParser() {
    }

    /** The body as a JSON object, or 400 {@code MALFORMED_JSON}. */
    public static JsonNode object(byte[] body) {
        if (body.length == 0) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = Json.read(body);
        } catch (JacksonException e) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body must be a JSON object");
        }
        return root;
    }

    /** The bid in {@code root} for an auction of {@code format}, or a 400 problem naming the field. */
    public static Bid bid(JsonNode root, String format) {
        if (CLOCK.equals(format)) {
            onlyFields(root, CLOCK_FIELDS);
            int round = whole(root.get("round"), "round", "INVALID_ROUND", 1);
            int quantity = whole(root.get("quantity"), "quantity", "INVALID_QUANTITY", 0);
            JsonNode exit = root.get("exitPrice");
            Long exitPrice = exit == null || exit.isNull() ? null : price(exit, "exitPrice", false);
            return new Bid.Clock(round, quantity, exitPrice);
        }
        if (OPEN_REVERSE.equals(format)) {
            onlyFields(root, REVERSE_FIELDS);
            JsonNode price = root.get("price");
            if (price == null) {
                throw GatewayException.badRequest("INVALID_PRICE", "price", "price is required, e.g. \"24.37\"");
            }
            return new Bid.Reverse(price(price, "price", true));
        }
        throw GatewayException.engineError("the auction's format " + format + " is not known to the gateway");
    }

    private static void onlyFields(JsonNode root, Set<String> allowed) {
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            if (!allowed.contains(property.getKey())) {
                throw GatewayException.badRequest("UNKNOWN_FIELD", property.getKey(),
                        "unknown field \"" + property.getKey() + "\"; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static int whole(JsonNode node, String field, String code, int min) {
        if (node == null) {
            throw GatewayException.badRequest(code, field, field + " is required: a whole number of at least " + min);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min) {
            throw GatewayException.badRequest(code, field, field + " must be a JSON whole number of at least " + min
                    + ", not " + node);
        }
        return node.intValue();
    }

    private static long price(JsonNode node, String field, boolean positive) {
        if (!node.isString()) {
            throw GatewayException.badRequest("INVALID_PRICE", field, field
                    + " must be a decimal string such as \"24.37\", not " + node);
        }
        long hundredths;
        try {
            hundredths = Prices.parse(node.stringValue());
        } catch (IllegalArgumentException e) {
            throw GatewayException.badRequest("INVALID_PRICE", field, field + " " + e.getMessage());
        }
        if (positive && hundredths == 0) {
            throw GatewayException.badRequest("INVALID_PRICE", field, field + " must be above 0");
        }
        return hundredths;
    }
}
