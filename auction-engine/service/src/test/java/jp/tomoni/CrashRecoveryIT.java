package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jp.tomoni.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kills the engine process (SIGKILL) in the middle of a round, starts it again on the same database, and
 * checks that every acknowledged bid is still there and that the final award is identical, by hash, to the
 * same auction run without a crash.
 */
class CrashRecoveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestDatabase.Fresh db = TestDatabase.get().createDatabase("crash");

    @Test
    void anAcknowledgedBidSurvivesAKillAndTheAwardIsTheSameAsWithoutTheCrash() throws Exception {
        EngineProcess engine = new EngineProcess(db.r2dbcUrl(), db.jdbcUrl(), db.user(), db.password(),
                "--tomoni.engine.recovery-grace=8s");
        try {
            engine.start("crash");
            engine.post("/api/v1/facilities", "text/csv", """
                    ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year
                    13101,F-HQ,Chiyoda office,OFFICE,HIGH,900,3800000,28.10,0.433,adjusted,2022
                    13104,F-LIB,Shinjuku library,LIBRARY,HIGH,120,420000,29.00,0.433,adjusted,2022
                    13123,F-SCH,Edogawa school,SCHOOL,HIGH,150,330000,,0.433,adjusted,2022
                    """, 201);
            engine.post("/api/v1/lots", "application/json", "{\"lotId\": \"L\"}", 201);
            for (String r : List.of("R1", "R2", "R3")) {
                engine.post("/api/v1/retailers", "application/json", """
                        {"retailerId": "%s", "name": "%s", "registrationNumber": "A0001",
                         "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                         "securityYen": 1000000, "eligibility": 4}""".formatted(r, r), 201);
            }
            runWholly(engine, "CONTROL");
            create(engine, "CRASH");
            roundOne(engine, "CRASH");
            engine.awaitEvent("CRASH", roundOpened(2), Duration.ofSeconds(30));
            Map<String, Object> acknowledged = engine.bid("CRASH", "R1", 2, 2, "29.80", null);
            assertThat(acknowledged).containsEntry("status", "ACCEPTED");
            engine.kill();
            engine.start("crash");
            JsonNode events = engine.get("/api/v1/auctions/CRASH/events");
            List<Long> accepted = new ArrayList<>();
            events.forEach(e -> {
                if ("ClockBidAccepted".equals(e.get("type").stringValue())) {
                    accepted.add(e.get("seq").longValue());
                }
            });
            assertThat(accepted).contains((Long) acknowledged.get("seq")).hasSize(4);
            engine.bid("CRASH", "R2", 2, 1, "29.60", null);
            engine.bid("CRASH", "R3", 2, 0, "29.90", null);
            engine.awaitEvent("CRASH", type("AuctionEnded"), Duration.ofSeconds(30));
            assertThat(engine.get("/api/v1/auctions/CRASH/events").toString()).contains("recovery");
            assertThat(awardHash(engine, "CRASH")).isEqualTo(awardHash(engine, "CONTROL"));
        } finally {
            engine.kill();
            TestDatabase.get().dropDatabase(db.name());
        }
    }

    private static Predicate<JsonNode> type(String type) {
        return e -> type.equals(e.get("type").stringValue());
    }

    private static Predicate<JsonNode> roundOpened(int round) {
        return e -> "RoundOpened".equals(e.get("type").stringValue()) && e.get("round").intValue() == round;
    }

    private static void runWholly(EngineProcess engine, String id) throws Exception {
        create(engine, id);
        roundOne(engine, id);
        engine.awaitEvent(id, roundOpened(2), Duration.ofSeconds(30));
        engine.bid(id, "R1", 2, 2, "29.80", null);
        engine.bid(id, "R2", 2, 1, "29.60", null);
        engine.bid(id, "R3", 2, 0, "29.90", null);
        engine.awaitEvent(id, type("AuctionEnded"), Duration.ofSeconds(30));
    }

    private static void create(EngineProcess engine, String id) throws Exception {
        engine.post("/api/v1/auctions", "application/json", """
                {"auctionId": "%s", "lotId": "L", "format": "CLOCK",
                 "clock": {"tranches": 4, "startPrice": "30.00", "reservePrice": "29.90"},
                 "schedule": {"roundSeconds": 3, "recessSeconds": 0}}""".formatted(id), 201);
        engine.post("/api/v1/auctions/" + id + "/start", "application/json", "", 200);
    }

    private static void roundOne(EngineProcess engine, String id) {
        engine.bid(id, "R1", 1, 3, null, null);
        engine.bid(id, "R2", 1, 3, null, null);
        engine.bid(id, "R3", 1, 2, null, null);
    }

    /** SHA-256 of the award report without what differs between two auctions: their ids and seeds. */
    private static String awardHash(EngineProcess engine, String id) throws Exception {
        ObjectNode report = (ObjectNode) engine.get("/api/v1/auctions/" + id + "/report");
        report.remove(Set.of("auctionId", "seed", "seedSha256"));
        assertThat(report.get("price").stringValue()).isEqualTo("29.60");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(JSON.writeValueAsBytes(report)));
    }
}
