package jp.tomoni.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LoggedEvent;

/**
 * Two procurement groups on one live engine, with a user of each kind, and in each group an auction that has
 * ended with an award. G1: Chiyoda (lead, 13101), Minato (13103), Shinjuku (13104). G2: Saitama City (lead,
 * 11100), Tokorozawa (11208), Ome (13205).
 */
final class ScopeFixture {

    /** The password every registered test user has. */
    static final String PASSWORD = "a-long-test-password";

    /** The people who ask, in the order the matrix's columns list them. */
    enum Who {
        /** The installation's operator (configured OFFICER). */
        OP("officer", "officer-pw"),
        /** The installation's analyst (configured ANALYST). */
        AN("analyst", "analyst-pw"),
        /** An administrator, of Chiyoda. */
        AD("chiyoda-admin", PASSWORD),
        /** G1's lead officer, of Chiyoda. */
        L1("chiyoda-lead", PASSWORD),
        /** Minato's officer, in G1. */
        B1("minato-officer", PASSWORD),
        /** Shinjuku's analyst, in G1. */
        A1("shinjuku-analyst", PASSWORD),
        /** G2's lead officer, of Saitama City. */
        L2("saitama-lead", PASSWORD),
        /** Tokorozawa's officer, in G2. */
        B2("tokorozawa-officer", PASSWORD);

        final String user;
        final String password;

        Who(String user, String password) {
            this.user = user;
            this.password = password;
        }
    }

    private ScopeFixture() {
    }

    /**
     * Sets both groups up through the API, as their own people would, and runs both auctions to an award; once
     * per engine, since the test classes that use it share one (a body joins one group only).
     */
    static synchronized void setUp(LiveEngineTestBase test) {
        if (test.runtime.queries().organisation().group("G1") != null) {
            return;
        }
        test.officerPost("/api/v1/groups", """
                {"groupId": "G1", "name": "Three wards", "nameJa": "三区", "leadBody": "13101",
                 "members": ["13103", "13104"]}""", 201);
        test.officerPost("/api/v1/groups", """
                {"groupId": "G2", "name": "Saitama and Tama", "nameJa": "埼玉・多摩", "leadBody": "11100",
                 "members": ["11208", "13205"]}""", 201);
        register(test, Who.AD, "13101", "ADMIN");
        register(test, Who.L1, "13101", "LEAD_OFFICER");
        register(test, Who.B1, "13103", "BODY_OFFICER");
        register(test, Who.A1, "13104", "ANALYST");
        register(test, Who.L2, "11100", "LEAD_OFFICER");
        register(test, Who.B2, "11208", "BODY_OFFICER");
        importOne(test, Who.L1, "13101", "F-G1-CHIYODA");
        importOne(test, Who.B1, "13103", "F-G1-MINATO");
        importOne(test, Who.OP, "13104", "F-G1-SHINJUKU");
        importOne(test, Who.L2, "11100", "F-G2-SAITAMA");
        importOne(test, Who.B2, "11208", "F-G2-TOKOROZAWA");
        post(test, Who.L1, "/api/v1/lots", "{\"lotId\": \"L1\"}", 201);
        post(test, Who.L2, "/api/v1/lots", "{\"lotId\": \"L2\"}", 201);
        for (String retailer : List.of("SC-R1", "SC-R2")) {
            test.qualify(retailer, 2);
            applyAndApprove(test, retailer, "G1", Who.L1);
            applyAndApprove(test, retailer, "G2", Who.L2);
        }
        String create = """
                {"auctionId": "%s", "lotId": "%s", "format": "CLOCK", "bidders": ["SC-R1", "SC-R2"],
                 "clock": {"tranches": 2, "startPrice": "30.00"}, "schedule": {"roundSeconds": 2}}""";
        post(test, Who.L1, "/api/v1/auctions", create.formatted("A1", "L1"), 201);
        post(test, Who.L2, "/api/v1/auctions", create.formatted("A2", "L2"), 201);
        for (String id : List.of("A1", "A2")) {
            post(test, id.equals("A1") ? Who.L1 : Who.L2, "/api/v1/auctions/" + id + "/start", "", 200);
            LiveEngineTestBase.await(10, () -> test.runtime.queries().auction(id).log().from(0).stream()
                    .map(LoggedEvent::event).anyMatch(EngineEvent.RoundOpened.class::isInstance));
            test.gatewayBid(id, "{\"retailerId\": \"SC-R1\", \"round\": 1, \"quantity\": 1}");
            test.gatewayBid(id, "{\"retailerId\": \"SC-R2\", \"round\": 1, \"quantity\": 1}");
        }
        LiveEngineTestBase.await(15, () -> test.runtime.queries().auction("A1").state() == AuctionState.ENDED
                && test.runtime.queries().auction("A2").state() == AuctionState.ENDED);
    }

    /** The retailer applies to the group as the gateway sends it, and the group's lead approves it. */
    static void applyAndApprove(LiveEngineTestBase test, String retailer, String group, Who lead) {
        var reply = test.gateway().applyToGroup(application(retailer, group).build());
        org.assertj.core.api.Assertions.assertThat(reply.hasApplication()).as(reply.toString()).isTrue();
        post(test, lead, "/api/v1/groups/" + group + "/applications/" + retailer + "/approve", "", 200);
    }

    /** An application of {@code retailer} (qualified by {@link LiveEngineTestBase#qualify}) to {@code group}. */
    static jp.tomoni.contract.v1.ApplyRequest.Builder application(String retailer, String group) {
        return jp.tomoni.contract.v1.ApplyRequest.newBuilder().setRetailerId(retailer).setGroupId(group)
                .setRegistrationNumber("A%04d".formatted(Math.abs(retailer.hashCode()) % 10_000))
                .addPlans(jp.tomoni.contract.v1.Plan.newBuilder().setName("Green 100").setFactor("0.000")
                        .setFactorKind("adjusted").setFiscalYear(2024))
                .setSecurityYen(20_000_000).setSecurityExpiresOn("2099-03-31");
    }

    private static void register(LiveEngineTestBase test, Who who, String body, String role) {
        test.officerPost("/api/v1/users", """
                {"userId": "%s", "bodyCode": "%s", "roles": ["%s"], "password": "%s"}"""
                .formatted(who.user, body, role, PASSWORD), 201);
    }

    private static void importOne(LiveEngineTestBase test, Who who, String body, String id) {
        post(test, who, "/api/v1/facilities", facilityRow(body, id), 201);
    }

    /** One office of 3.8 GWh a year of body {@code body}, as the JSON import. */
    static String facilityRow(String body, String id) {
        return """
                [{"wardCode": "%s", "id": "%s", "name": "Office %s", "type": "OFFICE",
                  "voltageClass": "HIGH", "contractKw": 900, "annualKwh": 3800000, "currentPrice": "28.00",
                  "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}]"""
                .formatted(body, id, id);
    }

    /** Posts JSON as {@code who} and asserts the status. */
    static void post(LiveEngineTestBase test, Who who, String path, String json, int status) {
        var result = test.as(who).post().uri(path).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange().expectBody(String.class).returnResult();
        org.assertj.core.api.Assertions.assertThat(result.getStatus().value()).as(who + " POST " + path + ": "
                + result.getResponseBody()).isEqualTo(status);
    }

    /**
     * Everything a refused request could have changed: each registry's size, every lot's group and facilities,
     * and every group auction's state, log length and approval trail (auctions of no group belong to other test
     * classes sharing the engine, whose running rounds move on by themselves).
     */
    static String fingerprint(EngineQueries engine) {
        return engine.facilities().size() + " facilities; " + engine.retailers().size() + " retailers; "
                + engine.organisation().groups() + "; " + engine.organisation().users().stream()
                .map(u -> u.userId() + "@" + u.bodyCode() + u.roles()).sorted().collect(Collectors.joining(","))
                + "; " + engine.lots().stream().map(l -> l.lotId() + "@" + l.groupId() + ":" + l.facilities().size())
                .sorted().collect(Collectors.joining(",")) + "; " + engine.auctions().stream()
                .filter(a -> a.lot().groupId() != null).map(a -> a.id() + ":" + a.state() + ":" + a.log().from(0).size() + ":" + a.approval())
                .collect(Collectors.joining(","));
    }

    /** The sheet paths of {@code auctionId} by body code, as the operator lists them. */
    @SuppressWarnings("unchecked")
    static Map<String, String> sheetsByBody(LiveEngineTestBase test, String auctionId) {
        Map<String, Object> list = test.officer().get().uri("/api/v1/auctions/" + auctionId + "/contracts")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) list.get("sheets")).stream().collect(Collectors.toMap(
                s -> (String) s.get("bodyCode"), s -> ((String) s.get("html")).replace(".html", ""), (a, b) -> a));
    }
}
