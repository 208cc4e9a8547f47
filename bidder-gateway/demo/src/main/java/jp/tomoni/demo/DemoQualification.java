package jp.tomoni.demo;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Qualification per group, as the demo plays it: each simulated retailer, registered once for the installation,
 * applies to the 23 wards' group through the bidder gateway with its registration number, its plan and its
 * posted security; the lead ward's officer approves each application; the retailer then reads its status at the
 * gateway. Only retailers approved in the group are invited to its auctions.
 */
final class DemoQualification {

    private DemoQualification() {
    }

    /** Every retailer of {@code auction} applies to {@code groupId} and {@code lead} approves it. */
    static void applyAndApprove(DemoHttp http, URI gateway, DemoAuction auction, OfficerClient lead, String leadName,
                                String groupId, PrintStream out) {
        int approved = 0;
        for (Map.Entry<String, RetailerProfile> entry : auction.profiles().entrySet()) {
            RetailerProfile p = entry.getValue();
            String key = auction.apiKeys().get(entry.getKey());
            ObjectNode body = DemoHttp.JSON.createObjectNode().put("groupId", groupId)
                    .put("registrationNumber", p.registrationNumber());
            body.putArray("plans").addObject().put("name", p.name() + " renewable menu")
                    .put("factor", p.menuFactor()).put("factorKind", "adjusted")
                    .put("fiscalYear", RetailerProfile.FACTOR_FISCAL_YEAR);
            body.put("securityYen", p.securityYen()).put("securityExpiresOn", RetailerProfile.SECURITY_EXPIRES_ON);
            String what = p.retailerId() + " applying to " + groupId + " through the gateway";
            DemoHttp.Answer filed = http.send(DemoHttp.request(gateway.resolve("/api/v1/applications"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), what);
            if (filed.status() != 201) {
                throw new DemoException(what + " failed: " + filed.describe());
            }
            lead.approveApplication(groupId, p.retailerId());
            if ("APPROVED".equals(status(http, gateway, key, groupId))) {
                approved++;
            }
        }
        if (approved != auction.profiles().size()) {
            throw new DemoException("only " + approved + " of " + auction.profiles().size()
                    + " retailers see their application to " + groupId + " approved at the gateway");
        }
        out.println("  Each retailer applied to " + groupId + " through the gateway (POST /api/v1/applications:"
                + " registration, plan, security); " + leadName + " approved all " + approved + ", and each reads"
                + " APPROVED at GET /api/v1/me.");
    }

    /** The status of the caller's application to {@code groupId}, as the gateway's {@code /api/v1/me} says. */
    private static String status(DemoHttp http, URI gateway, String key, String groupId) {
        String what = "Reading a retailer's qualification at the gateway";
        DemoHttp.Answer me = http.send(DemoHttp.request(gateway.resolve("/api/v1/me"))
                .header("Authorization", "Bearer " + key).GET().build(), what);
        if (me.status() != 200) {
            throw new DemoException(what + " failed: " + me.describe());
        }
        for (JsonNode application : DemoHttp.JSON.readTree(me.body()).path("applications")) {
            if (groupId.equals(application.path("groupId").asString())) {
                return application.path("status").asString();
            }
        }
        return "NONE";
    }
}
