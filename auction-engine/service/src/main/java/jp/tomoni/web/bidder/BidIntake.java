package jp.tomoni.web.bidder;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.contract.v1.BidReceipt;
import jp.tomoni.contract.v1.BidReply;
import jp.tomoni.contract.v1.Problem;
import jp.tomoni.contract.v1.Refusal;
import jp.tomoni.contract.v1.SubmitBidRequest;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Outcome;

/**
 * The bid intake behind the contract's {@code SubmitBid}: the gateway has authenticated the retailer and
 * checked the bid's form; here the engine decides. A repeat of a request with the same idempotency key and
 * hash gets the first receipt again without being journaled; the same key with another hash is refused. An
 * auction the retailer is not invited to does not exist for it. Every other bid is journaled, and its
 * receipt says whether the rules accepted it, or names the rule's code, the bid field and the rule.
 */
final class BidIntake {

    private final EngineRuntime runtime;
    private final EngineQueries engine;

    BidIntake(EngineRuntime runtime, EngineQueries engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /** The answer to {@code request}, once durable; fails only when the engine cannot take commands. */
    CompletableFuture<BidReply> submit(SubmitBidRequest request) {
        String retailer = request.getRetailerId();
        LiveAuction auction = engine.auction(request.getAuctionId());
        if (auction == null || !auction.isInvited(retailer)) {
            return CompletableFuture.completedFuture(refusal(Refusal.Kind.NOT_FOUND, "NOT_FOUND", "",
                    "no auction " + request.getAuctionId()));
        }
        String key = blankToNull(request.getIdempotencyKey());
        jp.tomoni.engine.BidReceipt seen = key == null ? null : engine.receipt(retailer, key);
        if (seen != null) {
            return CompletableFuture.completedFuture(repeat(seen, blankToNull(request.getRequestHash())));
        }
        return runtime.enqueue("retailer:" + retailer, command(request)).thenApply(outcome -> {
            boolean duplicate = outcome.events().stream().anyMatch(e -> e.event() instanceof EngineEvent.DuplicateBid);
            return duplicate ? repeat(engine.receipt(retailer, key), blankToNull(request.getRequestHash()))
                    : receipt(outcome);
        });
    }

    private static EngineCommand command(SubmitBidRequest request) {
        String key = blankToNull(request.getIdempotencyKey());
        String hash = blankToNull(request.getRequestHash());
        if (request.hasClock()) {
            var bid = request.getClock();
            return new EngineCommand.SubmitClockBid(request.getAuctionId(), request.getRetailerId(), bid.getRound(),
                    bid.getQuantity(), bid.hasExitPrice() ? Price.ofHundredths(bid.getExitPrice()) : null, key, hash);
        }
        return new EngineCommand.SubmitReverseBid(request.getAuctionId(), request.getRetailerId(),
                Price.ofHundredths(request.getReverse().getPrice()), key, hash);
    }

    private static BidReply repeat(jp.tomoni.engine.BidReceipt seen, String hash) {
        if (!Objects.equals(seen.requestHash(), hash)) {
            return refusal(Refusal.Kind.INVALID, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                    "this Idempotency-Key was already used for a different request");
        }
        BidReceipt.Builder receipt = BidReceipt.newBuilder().setSeq(seen.seq()).setReceivedAt(Wire.time(seen.at()))
                .setAccepted(seen.accepted()).setRepeated(true);
        if (!seen.accepted()) {
            receipt.setRejection(problem(seen.code(), null, null));
        }
        return BidReply.newBuilder().setReceipt(receipt).build();
    }

    private static BidReply receipt(Outcome outcome) {
        BidReceipt.Builder receipt = BidReceipt.newBuilder().setSeq(outcome.entry().seq())
                .setReceivedAt(Wire.time(outcome.entry().at())).setAccepted(true);
        for (LoggedEvent logged : outcome.events()) {
            if (logged.event() instanceof EngineEvent.BidRejected rejected) {
                receipt.setAccepted(false).setRejection(problem(rejected.code().name(), null, null));
            } else if (logged.event() instanceof EngineEvent.CommandRejected rejected) {
                receipt.setAccepted(false).setRejection(problem(rejected.code(), rejected.field(), rejected.message()));
            }
        }
        return BidReply.newBuilder().setReceipt(receipt).build();
    }

    /** The problem of a rejection: a rule's own field and sentence, else the field and message given. */
    private static Problem problem(String code, String field, String detail) {
        for (RejectionCode rule : RejectionCode.values()) {
            if (rule.name().equals(code)) {
                return Problem.newBuilder().setCode(code).setField(rule.field() == null ? "" : rule.field())
                        .setDetail(rule.rule()).build();
            }
        }
        return Problem.newBuilder().setCode(code).setField(field == null ? "" : field)
                .setDetail(detail == null ? "the bid was rejected: " + code : detail).build();
    }

    /** Protobuf has no absent string: an empty key or hash means none was sent. */
    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static BidReply refusal(Refusal.Kind kind, String code, String field, String detail) {
        return BidReply.newBuilder().setRefusal(Refusal.newBuilder().setKind(kind).setProblem(
                Problem.newBuilder().setCode(code).setField(field).setDetail(detail))).build();
    }
}
