package jp.tomoni.web.bidder;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** The contract's wire forms of the engine's values: times as protobuf timestamps. */
final class Wire {

    private Wire() {
    }

    /** {@code at} as a protobuf timestamp, to the nanosecond. */
    static Timestamp time(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
