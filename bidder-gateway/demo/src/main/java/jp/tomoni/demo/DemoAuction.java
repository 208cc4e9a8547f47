package jp.tomoni.demo;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tomoni.demodata.DemoDataset;
import jp.tomoni.simulation.ClockStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's auction, from the officer's set-up to its end: imports the illustrative dataset, pools every
 * facility into one lot of the 23 wards' group ({@link DemoOrganisation#TOKYO_GROUP}), qualifies the simulated
 * retailers, creates and starts a CLOCK auction, lets the retailers bid through the gateway on their own
 * threads, and follows the rounds until it ends.
 */
final class DemoAuction {

    static final String LOT_ID = "WARDS-23";
    static final int TRANCHES = 20;
    static final int LOAD_CAP = 6;
    static final String START_PRICE = "30.00";
    static final String RESERVE_PRICE = "27.50";
    static final String LIVE_LOT_ID = "WARDS-23-SCHOOLS";
    static final int LIVE_TRANCHES = 10;

    private final OfficerClient officer;
    private final DemoHttp http;
    private final URI gateway;
    private final int roundSeconds;
    private final PrintStream out;
    private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    private final Map<String, RetailerProfile> retailers = new LinkedHashMap<>();
    private final Map<String, String> apiKeys = new LinkedHashMap<>();
    private final List<SimulatedRetailer> simulated = new ArrayList<>();
    /** Whether the lot was there from an earlier run on this database, perhaps with an approved award. */
    private boolean lotExisted;

    DemoAuction(OfficerClient officer, DemoHttp http, URI gateway, int roundSeconds, PrintStream out) {
        this.officer = officer;
        this.http = http;
        this.gateway = gateway;
        this.roundSeconds = roundSeconds;
        this.out = out;
    }

    /** The auction's id: {@code DEMO-23-WARDS-yyyyMMddHHmmss}. */
    String auctionId() {
        return "DEMO-23-WARDS-" + stamp;
    }

    /** This run's time stamp, {@code yyyyMMddHHmmss}, which ends the ids that would clash with an earlier run's. */
    String stamp() {
        return stamp;
    }

    /** Imports the facilities, creates the lot and qualifies the retailers. */
    void prepare() {
        int imported = officer.importFacilities(DemoDataset.csv());
        out.println(imported < 0 ? "  Facilities: already registered in this database by an earlier run; using them."
                : "  Imported " + imported + " facilities of the 23 wards (ILLUSTRATIVE dataset).");
        JsonNode lot = officer.createLot(LOT_ID, DemoOrganisation.TOKYO_GROUP, "Tokyo 23 special wards (illustrative)",
                "東京23区（例示）");
        if (lot == null) {
            out.println("  Lot " + LOT_ID + " exists already in this database; using it (a second award for it is"
                    + " confirmed).");
            lot = officer.lot(LOT_ID);
            lotExisted = true;
        }
        int facilities = lot.has("facilities") && lot.get("facilities").isNumber() ? lot.get("facilities").asInt()
                : lot.path("facilityCount").asInt();
        long demand = lot.path("demandKwh").asLong();
        out.println("  Lot " + LOT_ID + ": " + facilities + " facilities, " + DemoFormat.kwh(demand) + " a year, in "
                + TRANCHES + " tranches of about " + DemoFormat.kwh(demand / TRANCHES) + ".");
        Set<String> existing = officer.retailerIds();
        List<RetailerProfile> profiles = RetailerProfile.demoSet(LOAD_CAP);
        boolean clash = profiles.stream().anyMatch(p -> existing.contains(p.retailerId()));
        out.println("  Qualified " + profiles.size() + " simulated retailers (fictitious)"
                + (clash ? ", with ids ending -" + stamp + " as this database has the usual ones" : "") + ":");
        for (RetailerProfile profile : profiles) {
            RetailerProfile p = clash ? profile.withId(profile.retailerId() + "-" + stamp) : profile;
            apiKeys.put(p.retailerId(), officer.qualify(p));
            retailers.put(p.retailerId(), p);
            ClockStrategy s = p.strategy();
            String costs = s.lowestCost() == s.highestCost() ? DemoFormat.price(s.lowestCost())
                    : DemoFormat.price(s.lowestCost()) + " to " + DemoFormat.price(s.highestCost()) + ", one tranche at a time";
            out.printf("    %-9s %-32s security %s: eligibility %d, menu %s kg-CO2/kWh (adjusted, FY%d), private cost %s%n",
                    p.retailerId(), p.name(), DemoFormat.yen(p.securityYen()), p.eligibility(), p.menuFactor(),
                    RetailerProfile.FACTOR_FISCAL_YEAR, costs);
        }
    }

    /** Creates and starts the auction, runs the retailers and follows it to its end; answers its final view. */
    JsonNode run() {
        ObjectNode clock = DemoHttp.JSON.createObjectNode().put("tranches", TRANCHES).put("startPrice", START_PRICE)
                .put("reservePrice", RESERVE_PRICE).put("loadCap", LOAD_CAP);
        JsonNode created = officer.createClockAuction(auctionId(), LOT_ID, clock, roundSeconds,
                List.copyOf(retailers.keySet()), lotExisted);
        out.println("  Auction " + auctionId() + ": CLOCK, " + TRANCHES + " tranches, start " + START_PRICE
                + " yen/kWh, reserve " + RESERVE_PRICE + " (secret from bidders), load cap " + LOAD_CAP + ", rounds of "
                + roundSeconds + " s with 1 s between them.");
        out.println("    Each retailer may offer the tranches its security buys: "
                + DemoFormat.yen(RetailerProfile.SECURITY_PER_TRANCHE_YEN) + " of security per tranche.");
        out.println("  Tie-break seed committed, SHA-256 " + created.path("seedSha256").asString());
        for (RetailerProfile p : retailers.values()) {
            SimulatedRetailer retailer = new SimulatedRetailer(p, apiKeys.get(p.retailerId()), http, gateway,
                    auctionId(), LOAD_CAP, out);
            simulated.add(retailer);
            Thread thread = new Thread(retailer, "retailer-" + p.retailerId());
            thread.setDaemon(true);
            thread.start();
        }
        pause(1000);
        String early = failures();
        if (!early.isEmpty()) {
            throw new DemoException("The simulated retailers cannot follow the auction through the gateway at "
                    + gateway + ":" + early);
        }
        officer.command(auctionId(), "start");
        out.println();
        out.println("The auction is running: each retailer follows its event stream on the gateway and bids there.");
        JsonNode end = new AuctionProgress(officer, auctionId(), TRANCHES, out)
                .follow(Duration.ofSeconds(60 + 40L * (roundSeconds + 1)));
        finishRetailers();
        return end;
    }

    private void finishRetailers() {
        for (int tenths = 0; tenths < 100 && simulated.stream().anyMatch(r -> !r.ended() && r.failure() == null);
             tenths++) {
            if (!pause(100)) {
                break;
            }
        }
        simulated.forEach(SimulatedRetailer::stop);
        int accepted = simulated.stream().mapToInt(SimulatedRetailer::accepted).sum();
        int rejected = simulated.stream().mapToInt(SimulatedRetailer::rejected).sum();
        out.println("  The retailers sent their bids through the gateway: " + accepted + " accepted, " + rejected
                + " rejected.");
        StringBuilder told = new StringBuilder();
        simulated.stream().filter(SimulatedRetailer::ended).forEach(r -> told.append(told.length() == 0 ? "" : ", ")
                .append(r.profile().retailerId()).append(' ').append(r.tranchesWon()));
        out.println("  Each retailer's stream told it only its own award, in tranches: " + told + ".");
        String failures = failures();
        if (!failures.isEmpty()) {
            out.println("  Problems seen by the retailers:" + failures);
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String failures() {
        StringBuilder text = new StringBuilder();
        simulated.stream().map(SimulatedRetailer::failure).filter(f -> f != null)
                .forEach(f -> text.append("\n    ").append(f));
        return text.toString();
    }

    /**
     * Opens a second auction that stays live for people to try: every school of the 23 wards as lot
     * {@value #LIVE_LOT_ID}, a CLOCK auction of {@value #LIVE_TRANCHES} tranches with rounds of
     * {@code roundSeconds}, open to the same retailers, started now. No simulated retailer bids on it.
     * Answers its id.
     */
    String openLiveAuction(int roundSeconds) {
        if (officer.createLotOfType(LIVE_LOT_ID, DemoOrganisation.TOKYO_GROUP, "Schools of the 23 wards (illustrative)",
                "23区の学校（例示）", "SCHOOL") == null) {
            out.println("  Lot " + LIVE_LOT_ID + " exists already in this database; using it.");
        }
        String id = "DEMO-LIVE-" + stamp;
        ObjectNode clock = DemoHttp.JSON.createObjectNode().put("tranches", LIVE_TRANCHES)
                .put("startPrice", START_PRICE).put("reservePrice", RESERVE_PRICE);
        officer.createClockAuction(id, LIVE_LOT_ID, clock, roundSeconds, List.copyOf(retailers.keySet()), false);
        officer.command(id, "start");
        return id;
    }

    /** Names of the retailers by id. */
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        retailers.forEach((id, p) -> names.put(id, p.name()));
        return names;
    }

    /** The retailers by id, in qualification order. */
    Map<String, RetailerProfile> profiles() {
        return retailers;
    }

    /** API keys of the retailers by id, in qualification order. */
    Map<String, String> apiKeys() {
        return apiKeys;
    }
}
