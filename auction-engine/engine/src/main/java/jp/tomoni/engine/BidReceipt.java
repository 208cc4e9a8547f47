package jp.tomoni.engine;

import java.time.Instant;

/**
 * What a bid with an idempotency key was answered: kept so that a repeat of the same request gets the same
 * answer.
 *
 * @param seq         the bid's sequence number
 * @param at          its server time
 * @param requestHash the hash of the request it answered
 * @param code        the rejection code, or {@code null} when it was accepted
 */
public record BidReceipt(long seq, Instant at, String requestHash, String code) {

    /** Whether the bid was accepted. */
    public boolean accepted() {
        return code == null;
    }
}
