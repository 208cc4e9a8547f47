package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.time.OffsetDateTime;
import jp.tomoni.engine.Limits;

/**
 * The body that schedules a created auction to start by itself: {@code {startsAt}}, an ISO-8601 time with
 * its offset, between the years 2000 and 2100. Whether that time is still to come is judged when the request arrives.
 *
 * @param startsAt when the auction starts
 */
public record ScheduleBody(OffsetDateTime startsAt) {

    public ScheduleBody {
        required(startsAt, "startsAt");
        String bounds = Limits.timeProblem(startsAt.toInstant());
        if (bounds != null) {
            throw new BodyValueException("OUT_OF_RANGE", "startsAt", bounds);
        }
    }
}
