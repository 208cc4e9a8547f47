package jp.tomoni.core.reverse;

import java.time.Instant;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.unit.Price;

/**
 * How an OPEN_REVERSE auction ended.
 *
 * @param status       the outcome: {@code AWARDED}, {@code FAILED_RESERVE} or {@code NO_BIDS}
 * @param winner       the bidder with the lowest price (earliest on equal prices), or {@code null} without bids
 * @param winningPrice its own price, which it is paid; also set on {@code FAILED_RESERVE}
 * @param closesAt     the final closing time
 * @param extensions   how many extensions were made
 */
public record ReverseResult(AuctionStatus status, String winner, Price winningPrice, Instant closesAt,
                            int extensions) {
}
