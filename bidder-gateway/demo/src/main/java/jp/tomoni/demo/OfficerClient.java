package jp.tomoni.demo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's calls to the engine's API, signed in with HTTP Basic: the installation's officer (the operator)
 * or a user of a public body. Each call either answers what the engine answered or fails with a
 * {@link DemoException} that says which step failed and why.
 */
final class OfficerClient {

    private final DemoHttp http;
    private final URI engine;
    private final String authorization;

    OfficerClient(DemoHttp http, URI engine, String user, String password) {
        this.http = http;
        this.engine = engine;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Imports facilities from CSV; answers how many, or -1 when they are all registered already (409). */
    int importFacilities(String csv) {
        DemoHttp.Answer answer = send(post("/api/v1/facilities", "text/csv", csv), "Importing the facilities");
        if (answer.status() == 409) {
            return -1;
        }
        return expect(answer, 201, "Importing the facilities").get("imported").asInt();
    }

    /**
     * Creates a lot of group {@code groupId} of every facility of its members; answers the engine's summary, or
     * {@code null} if it exists (409).
     */
    JsonNode createLot(String lotId, String groupId, String name, String nameJa) {
        return createLot(lotId, groupId, name, nameJa, null);
    }

    /**
     * Creates a lot of group {@code groupId} of every facility of its members of one type ({@code SCHOOL}, ...);
     * answers null if it exists already.
     */
    JsonNode createLotOfType(String lotId, String groupId, String name, String nameJa, String type) {
        return createLot(lotId, groupId, name, nameJa, type);
    }

    private JsonNode createLot(String lotId, String groupId, String name, String nameJa, String type) {
        ObjectNode body = DemoHttp.JSON.createObjectNode().put("lotId", lotId).put("groupId", groupId)
                .put("name", name).put("nameJa", nameJa);
        if (type != null) {
            body.putArray("types").add(type);
        }
        DemoHttp.Answer answer = send(post("/api/v1/lots", "application/json", body.toString()), "Creating the lot");
        return answer.status() == 409 ? null : expect(answer, 201, "Creating the lot " + lotId);
    }

    /**
     * Forms a procurement group of {@code members} led by {@code lead}; answers the group, or {@code null} when
     * the engine refuses it as a conflict (409: the id, or a member's membership, is taken).
     */
    JsonNode createGroup(String groupId, String name, String nameJa, String lead, List<String> members) {
        ObjectNode body = DemoHttp.JSON.createObjectNode().put("groupId", groupId).put("name", name)
                .put("nameJa", nameJa).put("leadBody", lead);
        ArrayNode codes = body.putArray("members");
        members.forEach(codes::add);
        String what = "Forming the group " + groupId;
        DemoHttp.Answer answer = send(post("/api/v1/groups", "application/json", body.toString()), what);
        return answer.status() == 409 ? null : expect(answer, 201, what);
    }

    /** The procurement groups this person sees. */
    JsonNode groups() {
        return getJson("/api/v1/groups", "Listing the groups");
    }

    /** Registers a user of body {@code bodyCode} with one role. */
    void registerUser(String userId, String bodyCode, String role, String password) {
        ObjectNode body = DemoHttp.JSON.createObjectNode().put("userId", userId).put("bodyCode", bodyCode)
                .put("password", password);
        body.putArray("roles").add(role);
        String what = "Registering the user " + userId;
        expect(send(post("/api/v1/users", "application/json", body.toString()), what), 201, what);
    }

    /** The ids of every registered user of a body. */
    Set<String> userIds() {
        Set<String> ids = new HashSet<>();
        getJson("/api/v1/users", "Listing the users").forEach(u -> ids.add(u.get("userId").asString()));
        return ids;
    }

    /** The lot {@code lotId}. */
    JsonNode lot(String lotId) {
        return getJson("/api/v1/lots/" + lotId, "Reading the lot " + lotId);
    }

    /** The ids of every retailer qualified so far. */
    Set<String> retailerIds() {
        Set<String> ids = new HashSet<>();
        getJson("/api/v1/retailers", "Listing the retailers").forEach(r -> ids.add(r.get("retailerId").asString()));
        return ids;
    }

    /** Qualifies a retailer; answers its API key. */
    String qualify(RetailerProfile p) {
        ObjectNode body = DemoHttp.JSON.createObjectNode()
                .put("retailerId", p.retailerId()).put("name", p.name())
                .put("registrationNumber", p.registrationNumber());
        body.putObject("menuFactor").put("value", p.menuFactor()).put("kind", "adjusted")
                .put("fiscalYear", RetailerProfile.FACTOR_FISCAL_YEAR);
        body.put("securityYen", p.securityYen()).put("securityExpiresOn", RetailerProfile.SECURITY_EXPIRES_ON);
        String what = "Qualifying " + p.retailerId();
        return expect(send(post("/api/v1/retailers", "application/json", body.toString()), what), 201, what)
                .get("apiKey").asString();
    }

    /**
     * Creates a CLOCK auction for {@code bidders}, asking {@link RetailerProfile#SECURITY_PER_TRANCHE_YEN} of
     * security per tranche, so that each retailer's eligibility comes from its security; answers the engine's answer
     * (id, seed hash). With {@code confirmSecondAward} it says that a lot with an approved award is meant to be
     * auctioned again.
     */
    JsonNode createClockAuction(String auctionId, String lotId, ObjectNode clock, int roundSeconds,
                                List<String> bidders, boolean confirmSecondAward) {
        ObjectNode body = DemoHttp.JSON.createObjectNode().put("auctionId", auctionId).put("lotId", lotId)
                .put("format", "CLOCK").put("securityPerTrancheYen", RetailerProfile.SECURITY_PER_TRANCHE_YEN);
        if (confirmSecondAward) {
            body.put("confirmSecondAward", true);
        }
        body.set("clock", clock);
        body.putObject("schedule").put("roundSeconds", roundSeconds).put("recessSeconds", 1);
        ArrayNode invited = body.putArray("bidders");
        bidders.forEach(invited::add);
        String what = "Creating the auction " + auctionId;
        return expect(send(post("/api/v1/auctions", "application/json", body.toString()), what), 201, what);
    }

    /**
     * Runs a life-cycle command on an auction: {@code start}, {@code approve}, {@code propose}, or a step below
     * it such as {@code parts/13101/confirm}.
     */
    JsonNode command(String auctionId, String command) {
        String what = "Sending " + command + " to the auction " + auctionId;
        return expect(send(post("/api/v1/auctions/" + auctionId + "/" + command, "application/json", "{}"), what),
                200, what);
    }

    /** Approves a retailer's application to a group, as its lead officer; answers the application. */
    JsonNode approveApplication(String groupId, String retailerId) {
        String what = "Approving the application of " + retailerId + " to " + groupId;
        return expect(send(post("/api/v1/groups/" + groupId + "/applications/" + retailerId + "/approve",
                "application/json", "{}"), what), 200, what);
    }

    /** The auction as officers see it. */
    JsonNode auction(String auctionId) {
        return getJson("/api/v1/auctions/" + auctionId, "Reading the auction " + auctionId);
    }

    /** A JSON resource. */
    JsonNode getJson(String path, String what) {
        return expect(send(get(path), what), 200, what);
    }

    /** The HTTP status the engine answers to reading {@code path}, for checks of what a person may not see. */
    int status(String path, String what) {
        return send(get(path), what).status();
    }

    /** A resource as text (CSV, scenario). */
    String getText(String path, String what) {
        DemoHttp.Answer answer = send(get(path), what);
        if (answer.status() != 200) {
            throw new DemoException(what + " failed: " + answer.describe());
        }
        return answer.body();
    }

    private DemoHttp.Answer send(HttpRequest request, String what) {
        return http.send(request, what);
    }

    private HttpRequest get(String path) {
        return DemoHttp.request(engine.resolve(path)).header("Authorization", authorization)
                .header("Accept", "application/json, text/csv, */*").GET().build();
    }

    private HttpRequest post(String path, String contentType, String body) {
        return DemoHttp.request(engine.resolve(path)).header("Authorization", authorization)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static JsonNode expect(DemoHttp.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new DemoException(what + " failed: " + answer.describe());
        }
        return answer.json(what);
    }
}
