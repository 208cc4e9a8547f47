package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.time.OffsetDateTime;

/**
 * The body that schedules a created auction to start by itself: {@code {startsAt}}, an ISO-8601 time with
 * its offset. Whether that time is still to come is judged when the request arrives.
 *
 * @param startsAt when the auction starts
 */
public record ScheduleBody(OffsetDateTime startsAt) {

    public ScheduleBody {
        required(startsAt, "startsAt");
    }
}
