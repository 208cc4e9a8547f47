package jp.tomoni.demo;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;

/**
 * The help printed with {@code --keep-running}: the auction left open for people to try, ready-to-paste
 * {@code curl} lines for it as a retailer, the officer and the 23 wards' lead, and every address and sign-in
 * of this run (the installation's accounts, the users of the bodies, the retailers' API keys).
 */
final class DemoAccess {

    private DemoAccess() {
    }

    /** Prints the help for the open auction {@code live}, whose rounds last {@code roundSeconds}. */
    static void print(URI engineUri, URI gatewayUri, DemoSecrets secrets, DemoAuction auction,
                      DemoOrganisation organisation, String live, int roundSeconds, PrintStream out) {
        Map.Entry<String, String> first = auction.apiKeys().entrySet().iterator().next();
        String bearer = "-H 'Authorization: Bearer " + first.getValue() + "'";
        String officer = "-u " + DemoSecrets.OFFICER + ":" + secrets.officerPassword();
        String lead = "-u " + organisation.name(DemoUsers.TOKYO_LEAD) + ":"
                + organisation.password(DemoUsers.TOKYO_LEAD);
        String other = "-u " + organisation.name(DemoUsers.SAITAMA_LEAD) + ":"
                + organisation.password(DemoUsers.SAITAMA_LEAD);
        URI liveUri = gatewayUri.resolve("/api/v1/auctions/" + live);
        URI liveEngine = engineUri.resolve("/api/v1/auctions/" + live);
        out.println();
        out.println("A second auction is open for you: " + live + ", every school of the 23 wards (lot "
                + DemoAuction.LIVE_LOT_ID + " of group " + DemoOrganisation.TOKYO_GROUP + "), "
                + DemoAuction.LIVE_TRANCHES + " tranches, rounds of " + roundSeconds / 60 + " minutes, round 1 at "
                + DemoAuction.START_PRICE + " yen/kWh.");
        out.println("No simulated retailer bids on it. Try it as retailer " + first.getKey() + ":");
        out.println("  Read it:        curl " + bearer + " " + liveUri);
        out.println("  Bid 3 tranches: curl " + bearer + " -H 'Content-Type: application/json' -H 'Idempotency-Key: "
                + "try-1' " + liveUri + "/bids -d '{\"round\": 1, \"quantity\": 3}'");
        out.println("  Your bids:      curl " + bearer + " " + liveUri + "/bids");
        out.println("  Follow it live: curl -N " + bearer + " " + liveUri + "/events");
        out.println("  As the officer: curl " + officer + " " + liveEngine
                + "   (then .../pause, .../cancel -d '{\"reason\": \"...\"}')");
        out.println("  As the lead:    curl " + lead + " " + liveEngine
                + "   (once it ends: .../propose, then each ward's officer .../parts/CODE/confirm)");
        out.println("  Another group:  curl " + other + " " + engineUri.resolve("/api/v1/auctions")
                + "   (lists none of the 23 wards' auctions)");
        out.println("  In the console: " + engineUri.resolve("/console/auctions/" + live));
        out.println();
        out.println("Everything keeps running until you press Ctrl-C, which stops the engine and the gateway.");
        out.println("  Officers' console (browser): " + engineUri.resolve("/console/") + "   Award report: "
                + engineUri.resolve("/api/v1/auctions/" + auction.auctionId() + "/report.html"));
        out.println("  Engine (officers, analysts): " + engineUri + "   OpenAPI: " + engineUri.resolve("/v3/api-docs"));
        out.println("  Gateway (retailers):         " + gatewayUri + "   OpenAPI: "
                + gatewayUri.resolve("/v3/api-docs"));
        out.println("  Installation: officer " + DemoSecrets.OFFICER + " / " + secrets.officerPassword()
                + "  (operator: every group)   analyst " + DemoSecrets.ANALYST + " / " + secrets.analystPassword());
        out.println("  Users of the bodies, each seeing only its own group (console sign-in or HTTP Basic, this run"
                + " only):");
        organisation.printSignIns("    ");
        out.println("  Retailers' API keys (Authorization: Bearer KEY, on the gateway only):");
        auction.apiKeys().forEach((id, key) -> out.println("    " + id + "  " + key));
    }
}
