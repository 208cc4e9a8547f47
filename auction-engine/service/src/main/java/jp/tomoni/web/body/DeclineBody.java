package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

/**
 * The body that declines a body's part of a proposed award: {@code {reason}}, which the approval trail keeps.
 *
 * @param reason why the body declines
 */
public record DeclineBody(Text reason) {

    public DeclineBody {
        required(reason, "reason");
    }
}
