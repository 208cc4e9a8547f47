package jp.tomoni.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.http.action.sse.SseInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * One step of a retailer in a live auction, shared by the simulations: read the event stream's new messages
 * and decide ({@code read}, which answers the {@link LiveBidder.Plan} for the session), then bid, probe or
 * wait as planned. A bid must be accepted (201 {@code ACCEPTED}) and its answer is told to the session's
 * {@code bidder}; a probe must be refused with {@code ABOVE_LOAD_CAP}.
 */
final class LiveBidChain {

    private LiveBidChain() {
    }

    /** The step for auction {@code auctionId}. */
    static ChainBuilder step(String auctionId, BiFunction<List<SseInboundMessage>, Session, LiveBidder.Plan> read) {
        return exec(sse.processUnmatchedMessages((messages, session) ->
                session.set("plan", read.apply(messages, session)).remove("httpStatus")))
                .exec(doIf(session -> plan(session).kind() == LiveBidder.Kind.BID).then(exec(bid(auctionId)
                        .check(status().saveAs("httpStatus"), status().is(201), jsonPath("$.status").is("ACCEPTED")))
                        .exec(session -> {
                            int answer = session.contains("httpStatus") ? session.getInt("httpStatus") : 0;
                            LiveBidder bidder = session.get("bidder");
                            bidder.answered(plan(session), answer);
                            return session;
                        })))
                .exec(doIf(session -> plan(session).kind() == LiveBidder.Kind.PROBE).then(exec(bid(auctionId)
                        .check(status().is(422), jsonPath("$.code").is("ABOVE_LOAD_CAP")))))
                .exec(pause(session -> Duration.ofMillis(plan(session).pauseMillis())));
    }

    /** A plan to wait {@code millis}. */
    static LiveBidder.Plan waiting(long millis) {
        return new LiveBidder.Plan(LiveBidder.Kind.WAIT, null, 0, 0, null, millis);
    }

    /** The messages' texts. */
    static List<String> texts(List<SseInboundMessage> messages) {
        List<String> texts = new ArrayList<>(messages.size());
        messages.forEach(m -> texts.add(m.message()));
        return texts;
    }

    private static HttpRequestActionBuilder bid(String auctionId) {
        return http(session -> plan(session).name()).post("/api/v1/auctions/" + auctionId + "/bids")
                .header("Authorization", "Bearer #{apiKey}")
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .body(StringBody(session -> plan(session).body()));
    }

    private static LiveBidder.Plan plan(Session session) {
        return session.get("plan");
    }
}
