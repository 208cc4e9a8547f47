package jp.tomoni.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The auction as the officer follows it: polls {@code GET /api/v1/auctions/{id}} on the engine about four
 * times a second and prints one line per closed round: its price, the supply band bidders see, the exact
 * supply against the tranches (only officers see it), the bids accepted and rejected so far, and the next
 * round's price and opening time.
 */
final class AuctionProgress {

    /** The table's header, matching {@link #roundLine}. */
    static final String HEADER = "    Round  Price yen/kWh  Band        Supply/Tranches  Bids ok  Rejected  Next";

    /** What the columns mean, one short line each, printed above the table. */
    static final List<String> LEGEND = List.of(
            "    Band: total supply against the tranches as retailers see it (<=1 means supply has met demand);"
                    + " Supply/Tranches is the exact figure, for officers only.",
            "    Bids ok, Rejected: running totals since the auction started, not per round. Times are JST.");

    /** Times as the report shows them: Japan Standard Time, with the zone. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'JST'")
            .withZone(ZoneId.of("Asia/Tokyo"));
    private static final long POLL_MILLIS = 250;

    private final OfficerClient officer;
    private final String auctionId;
    private final int tranches;
    private final PrintStream out;

    AuctionProgress(OfficerClient officer, String auctionId, int tranches, PrintStream out) {
        this.officer = officer;
        this.auctionId = auctionId;
        this.tranches = tranches;
        this.out = out;
    }

    /** Prints rounds as they close until the auction ends; answers its final view. */
    JsonNode follow(Duration timeout) {
        LEGEND.forEach(out::println);
        out.println(HEADER);
        long deadline = System.nanoTime() + timeout.toNanos();
        int printed = 0;
        while (true) {
            JsonNode view = officer.auction(auctionId);
            for (; printed < view.path("rounds").size(); printed++) {
                out.println(roundLine(view, printed, tranches, Instant.now()));
            }
            if (hasEnded(view)) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoException("The auction did not end within " + timeout.toSeconds() + " s; it is "
                        + view.path("state").asString("?") + " in round " + view.path("round").asInt());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted while following the auction", e);
            }
        }
    }

    /** Whether the view shows an auction that has ended (with or without an award) or was cancelled. */
    static boolean hasEnded(JsonNode view) {
        String state = view.path("state").asString("");
        return view.path("outcome").isString() || "CANCELLED".equals(state);
    }

    /**
     * The line for the closed round at {@code index} of the view's {@code rounds}, as seen at {@code now}.
     * The next round is the following closed round if there is one, else the view's next round, else none
     * because the auction has ended.
     */
    static String roundLine(JsonNode view, int index, int tranches, Instant now) {
        JsonNode rounds = view.path("rounds");
        JsonNode round = rounds.get(index);
        int number = round.path("round").asInt();
        String next;
        if (index + 1 < rounds.size()) {
            next = "round " + (number + 1) + " at " + rounds.get(index + 1).path("price").asString();
        } else if (view.path("nextPrice").isString() && view.path("nextRoundOpensAt").isString()) {
            Instant opens = Instant.parse(view.path("nextRoundOpensAt").asString());
            long seconds = Math.max(0, (Duration.between(now, opens).toMillis() + 999) / 1000);
            next = "round " + (number + 1) + " at " + view.path("nextPrice").asString() + ", opens "
                    + TIME.format(opens) + " (in " + seconds + " s)";
        } else if (hasEnded(view)) {
            next = "none: the auction has ended";
        } else {
            next = "-";
        }
        int received = view.path("bidsReceived").asInt();
        int rejected = view.path("bidsRejected").asInt();
        return String.format("    %5d  %13s  %-10s  %15s  %7d  %8d  %s", number, round.path("price").asString(),
                round.path("band").asString(), round.path("supply").asInt() + " / " + tranches, received - rejected,
                rejected, next);
    }
}
