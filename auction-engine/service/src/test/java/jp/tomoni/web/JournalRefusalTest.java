package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A command holding a value the journal cannot store (here a NUL in an idempotency key, which only a
 * misbehaving gateway could send) is refused alone: the engine keeps taking commands, health stays UP, and
 * the journal's sequence stays dense.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalRefusalTest extends LiveEngineTestBase {

    @Autowired
    DatabaseClient db;

    @BeforeAll
    void aRunningAuction() {
        lotOfOneFacility("NUL-LOT", "F-NUL-TOKOROZAWA", "11208");
        qualify("NUL-ONE", 6);
        officerPost("/api/v1/auctions", """
                {"auctionId": "NUL", "lotId": "NUL-LOT", "format": "CLOCK", "bidders": ["NUL-ONE"],
                 "clock": {"tranches": 4, "startPrice": "30.00", "reservePrice": "29.37"},
                 "schedule": {"roundSeconds": 600, "recessSeconds": 0}}""", 201);
        officerPost("/api/v1/auctions/NUL/start", "", 200);
    }

    @Test
    void aBidTheJournalCannotStoreIsRefusedAloneAndTheEngineKeepsWorking() {
        long before = lastSeq();
        assertThatThrownBy(() -> gatewayBid("NUL", """
                {"retailerId": "NUL-ONE", "round": 1, "quantity": 3, "idempotencyKey": "k\\u0000",
                 "requestHash": "h"}"""))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).doesNotContainIgnoringCase("insert")
                            .doesNotContain("22P05").doesNotContain("jsonb");
                });
        assertThat(runtime.halted()).isFalse();
        assertThat(lastSeq()).as("nothing of the refused bid was journaled").isEqualTo(before);

        Map<String, Object> receipt = gatewayBid("NUL", "{\"retailerId\": \"NUL-ONE\", \"round\": 1, \"quantity\": 3}");
        assertThat(receipt).containsEntry("status", "ACCEPTED").containsEntry("seq", before + 1);
        client().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        Map<String, Object> counts = db.sql("select count(*) as n, max(seq) as top from journal").fetch().one().block();
        assertThat(((Number) counts.get("n")).longValue()).as("the sequence is dense")
                .isEqualTo(((Number) counts.get("top")).longValue());
    }

    private long lastSeq() {
        return runtime.queries().lastSeq();
    }
}
