package jp.tomoni.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.engine.BidReceipt;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Outcome;
import jp.tomoni.json.JsonField;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bid intake for the bidder gateway (role GATEWAY), which has already authenticated the retailer. The answer
 * is a receipt: the bid's sequence number and server time, once it is durable in the journal, and whether
 * the rules accepted it or the code they rejected it with.
 */
@RestController
@RequestMapping("/internal/v1/auctions")
public class InternalBidController {

    private final EngineRuntime runtime;
    private final EngineQueries engine;

    public InternalBidController(EngineRuntime runtime, EngineQueries engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /**
     * CLOCK body {@code {retailerId, round, quantity, exitPrice?, idempotencyKey?, requestHash?}}; OPEN_REVERSE
     * body {@code {retailerId, price, idempotencyKey?, requestHash?}}. A repeat of a request with the same
     * idempotency key and hash gets the first receipt again; the same key with another hash is refused, 422.
     */
    @PostMapping("/{auctionId}/bids")
    public Mono<Map<String, Object>> bid(@PathVariable String auctionId, @RequestBody String body) {
        LiveAuction auction = engine.auction(auctionId);
        if (auction == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no auction " + auctionId);
        }
        JsonField root = Bodies.parse(body);
        boolean clock = auction instanceof LiveClockAuction;
        root.object(clock ? Set.of("retailerId", "round", "quantity", "exitPrice", "idempotencyKey", "requestHash")
                : Set.of("retailerId", "price", "idempotencyKey", "requestHash"));
        String retailer = root.required("retailerId").text();
        JsonField keyField = root.optional("idempotencyKey");
        JsonField hashField = root.optional("requestHash");
        String key = keyField == null ? null : keyField.text();
        String hash = hashField == null ? null : hashField.text();
        BidReceipt seen = key == null ? null : engine.receipt(retailer, key);
        if (seen != null) {
            return Mono.just(repeat(seen, hash));
        }
        EngineCommand command;
        if (clock) {
            JsonField exit = root.optional("exitPrice");
            command = new EngineCommand.SubmitClockBid(auctionId, retailer, root.required("round").smallNumber(),
                    root.required("quantity").smallNumber(), exit == null ? null : exit.price(), key, hash);
        } else {
            command = new EngineCommand.SubmitReverseBid(auctionId, retailer, root.required("price").price(), key, hash);
        }
        return runtime.submit("retailer:" + retailer, command).publishOn(Schedulers.parallel())
                .map(outcome -> {
                    boolean duplicate = outcome.events().stream().anyMatch(e -> e.event() instanceof EngineEvent.DuplicateBid);
                    return duplicate ? repeat(engine.receipt(retailer, key), hash) : receipt(outcome);
                });
    }

    private static Map<String, Object> repeat(BidReceipt seen, String hash) {
        if (!java.util.Objects.equals(seen.requestHash(), hash)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                    "this Idempotency-Key was already used for a different request");
        }
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("seq", seen.seq());
        receipt.put("receivedAt", seen.at().toString());
        receipt.put("status", seen.accepted() ? "ACCEPTED" : "REJECTED");
        if (!seen.accepted()) {
            receipt.put("code", seen.code());
        }
        receipt.put("repeated", true);
        return receipt;
    }

    static Map<String, Object> receipt(Outcome outcome) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("seq", outcome.entry().seq());
        receipt.put("receivedAt", outcome.entry().at().toString());
        receipt.put("status", "ACCEPTED");
        for (LoggedEvent logged : outcome.events()) {
            if (logged.event() instanceof EngineEvent.BidRejected rejected) {
                receipt.put("status", "REJECTED");
                receipt.put("code", rejected.code().name());
            } else if (logged.event() instanceof EngineEvent.CommandRejected rejected) {
                receipt.put("status", "REJECTED");
                receipt.put("code", rejected.code());
            }
        }
        return receipt;
    }
}
