package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

/**
 * The body that cancels an auction: {@code {reason}}, which the audit trail and the auction's log keep.
 *
 * @param reason why the auction is cancelled
 */
public record CancelBody(Text reason) {

    public CancelBody {
        required(reason, "reason");
    }
}
