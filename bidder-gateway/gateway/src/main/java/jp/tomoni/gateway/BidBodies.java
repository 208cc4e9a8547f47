package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import jp.tomoni.core.unit.Price;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * A retailer's bid body, bound strictly to the format's record. The body must be one JSON object (else 400
 * {@code MALFORMED_JSON}, which also covers a repeated property and anything after the object) holding only
 * the format's properties (else {@code UNKNOWN_FIELD} naming the first stranger):
 * <ul>
 *   <li>CLOCK: {@code round}, a JSON whole number of at least 1 ({@code INVALID_ROUND}); {@code quantity}, a
 *       JSON whole number of at least 0 ({@code INVALID_QUANTITY}); optional {@code exitPrice}, a decimal
 *       string with at most 2 decimals ({@code INVALID_PRICE}); JSON null means none.</li>
 *   <li>OPEN_REVERSE: {@code price}, a decimal string with at most 2 decimals, above 0 ({@code INVALID_PRICE}).</li>
 * </ul>
 * A string where a number belongs ({@code "3"}), a number where a price string belongs ({@code 27.3}), a
 * fraction, an exponent, a sign or a third decimal is refused with the field's code, naming the field.
 * Prices are read by the rules' own {@link Price#parse}.
 */
final class BidBodies {

    /** The format name of a descending clock auction. */
    static final String CLOCK = "CLOCK";
    /** The format name of an open descending auction. */
    static final String OPEN_REVERSE = "OPEN_REVERSE";

    /** The strict reader every retailer body goes through: no duplicate keys, unknown fields or coercions. */
    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private BidBodies() {
    }

    /** A CLOCK bid's body. */
    @Schema(name = "ClockBid", description = "a bid in a CLOCK auction")
    record ClockBidBody(
            @Schema(description = "the open round", minimum = "1", requiredMode = Schema.RequiredMode.REQUIRED) Integer round,
            @Schema(description = "tranches offered", minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED) Integer quantity,
            @Schema(description = "yen/kWh for the tranches dropped", pattern = PRICE, example = "24.37") String exitPrice) {

        Bid.Clock bid() {
            if (round == null || round < 1) {
                throw GatewayException.badRequest("INVALID_ROUND", "round", "round is required: a whole number of at least 1");
            }
            if (quantity == null || quantity < 0) {
                throw GatewayException.badRequest("INVALID_QUANTITY", "quantity",
                        "quantity is required: a whole number of at least 0");
            }
            return new Bid.Clock(round, quantity, exitPrice == null ? null : BidBodies.price(exitPrice, "exitPrice"));
        }
    }

    /** An OPEN_REVERSE bid's body. */
    @Schema(name = "ReverseBid", description = "a bid in an OPEN_REVERSE auction")
    record ReverseBidBody(
            @Schema(description = "yen/kWh for the whole lot, above 0", pattern = PRICE, example = "24.37",
                    requiredMode = Schema.RequiredMode.REQUIRED) String price) {

        Bid.Reverse bid() {
            if (price == null) {
                throw GatewayException.badRequest("INVALID_PRICE", "price", "price is required, e.g. \"24.37\"");
            }
            Price parsed = BidBodies.price(price, "price");
            if (parsed.hundredths() == 0) {
                throw GatewayException.badRequest("INVALID_PRICE", "price", "price must be above 0");
            }
            return new Bid.Reverse(parsed);
        }
    }

    private static final String PRICE = "^[0-9]{1,15}(\\.[0-9]{1,2})?$";

    /**
     * The body as one JSON object, or 400 {@code MALFORMED_JSON}: checked before the auction is looked up. The
     * body must be UTF-8 (RFC 8259) without a byte order mark: it is decoded strictly before it is parsed, so
     * that neither a UTF-16 or UTF-32 body nor an invalid byte is ever guessed at or replaced.
     */
    static JsonNode object(byte[] body) {
        if (body.length == 0) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body is empty; send a JSON object");
        }
        String text = utf8(body);
        JsonNode root;
        try {
            root = STRICT.readTree(text);
        } catch (JacksonException e) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body must be a JSON object");
        }
        return root;
    }

    private static String utf8(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw GatewayException.badRequest("MALFORMED_JSON", null, "the body is not valid UTF-8; send JSON as UTF-8");
        }
        if (text.startsWith("\uFEFF") || text.indexOf('\0') >= 0) {
            throw GatewayException.badRequest("MALFORMED_JSON", null,
                    "send JSON as UTF-8 without a byte order mark (this looks like UTF-16 or UTF-32)");
        }
        return text;
    }

    /** The bid in the object {@code root} for an auction of {@code format}, or a 400 problem naming the field. */
    static Bid read(JsonNode root, String format) {
        try {
            if (CLOCK.equals(format)) {
                return STRICT.treeToValue(root, ClockBidBody.class).bid();
            } else if (OPEN_REVERSE.equals(format)) {
                return STRICT.treeToValue(root, ReverseBidBody.class).bid();
            }
        } catch (UnrecognizedPropertyException e) {
            throw GatewayException.badRequest("UNKNOWN_FIELD", e.getPropertyName(), "unknown field \""
                    + e.getPropertyName() + "\"; allowed: " + (CLOCK.equals(format) ? "exitPrice, quantity, round" : "price"));
        } catch (JacksonException e) {
            throw wrong(e);
        }
        throw GatewayException.engineError("the auction's format " + format + " is not known to the gateway");
    }

    /** A value of the wrong type or range, named by its field; a body that is not an object is malformed. */
    private static GatewayException wrong(JacksonException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getPropertyName();
        if (field == null) {
            return GatewayException.badRequest("MALFORMED_JSON", null, "the body must be a JSON object");
        }
        String code = switch (field) {
            case "round" -> "INVALID_ROUND";
            case "quantity" -> "INVALID_QUANTITY";
            default -> "INVALID_PRICE";
        };
        String expected = code.equals("INVALID_PRICE") ? "a decimal string such as \"24.37\"" : "a JSON whole number";
        return GatewayException.badRequest(code, field, field + " must be " + expected);
    }

    private static Price price(String text, String field) {
        try {
            return Price.parse(text);
        } catch (IllegalArgumentException e) {
            throw GatewayException.badRequest("INVALID_PRICE", field, field + ": " + e.getMessage());
        }
    }
}
