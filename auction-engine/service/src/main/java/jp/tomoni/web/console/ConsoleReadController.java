package jp.tomoni.web.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LiveReverseAuction;
import jp.tomoni.engine.LotRecord;
import jp.tomoni.engine.Retailer;
import jp.tomoni.facility.FacilityJson;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.reference.PublicBodies;
import jp.tomoni.web.Scopes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the console's pages read besides the auction API, for officers and analysts alike: ward names in
 * Japanese and English, the registered facilities and lots (analysts may read them here, although the
 * officers' {@code /api/v1/facilities} and {@code /api/v1/lots} stay officer-only), and an auction's setup:
 * its lot, its rules' parameters (the confidential reserve included) and who is invited. Each list holds only
 * what the person's scope holds, and an auction outside it is 404, as in the API.
 *
 * <p>Prices are decimal strings, kWh whole numbers, times ISO-8601 UTC, as everywhere in the API.
 */
@RestController
@RequestMapping("/api/v1/console")
public class ConsoleReadController {

    private final EngineQueries engine;
    private final Scopes scopes;

    public ConsoleReadController(EngineQueries engine, Scopes scopes) {
        this.engine = engine;
        this.scopes = scopes;
    }

    /**
     * Every public body of the reference data (the 23 special wards, then the other bodies):
     * {@code [{code, nameJa, nameEn}]} in the reference data's order.
     */
    @GetMapping("/wards")
    public List<Map<String, Object>> wards() {
        return PublicBodies.standard().all().stream().map(b -> Map.<String, Object>of("code", b.code(),
                "nameJa", b.nameJa(), "nameEn", b.nameEn())).toList();
    }

    /** Every registered facility, in import order, in the facility JSON format. */
    @GetMapping("/facilities")
    public List<ObjectNode> facilities(Principal who) {
        Actor actor = scopes.actor(who);
        return engine.facilities().stream()
                .filter(f -> scopes.access().readFacility(actor, f.wardCode()) == Decision.ALLOW)
                .map(FacilityJson::node).toList();
    }

    /** Every lot: {@code lotId, name, facilityCount, demandKwh, wards[]}. */
    @GetMapping("/lots")
    public List<Map<String, Object>> lots(Principal who) {
        Actor actor = scopes.actor(who);
        return engine.lots().stream()
                .filter(lot -> scopes.access().readGroupWork(actor, lot.groupId()) == Decision.ALLOW)
                .map(ConsoleReadController::lot).toList();
    }

    /**
     * An auction's setup: {@code lot{...}}, {@code format}, {@code clock{...}} or {@code openReverse{...}}
     * with the parameters it was created with (field names as in the create request), and
     * {@code bidders[{retailerId, name, eligibility, invited}]}. 404 for an unknown auction.
     */
    @GetMapping("/auctions/{id}/setup")
    public Map<String, Object> setup(@PathVariable String id, Principal who) {
        LiveAuction auction = scopes.readableAuction(who, id);
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("auctionId", auction.id());
        setup.put("format", auction.format());
        setup.put("lot", lot(auction.lot()));
        if (auction instanceof LiveClockAuction clock) {
            setup.put("clock", clock(clock));
        } else {
            setup.put("openReverse", reverse(((LiveReverseAuction) auction).parameters()));
        }
        List<Map<String, Object>> bidders = new ArrayList<>();
        for (Retailer retailer : auction.roster().values()) {
            Map<String, Object> bidder = new LinkedHashMap<>();
            bidder.put("retailerId", retailer.retailerId());
            bidder.put("name", retailer.name());
            bidder.put("eligibility", retailer.eligibility());
            bidder.put("invited", auction.isInvited(retailer.retailerId()));
            bidders.add(bidder);
        }
        bidders.sort((a, b) -> ((String) a.get("retailerId")).compareTo((String) b.get("retailerId")));
        setup.put("bidders", bidders);
        return setup;
    }

    private static Map<String, Object> lot(LotRecord lot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lotId", lot.lotId());
        m.put("name", lot.name());
        if (lot.nameJa() != null) {
            m.put("nameJa", lot.nameJa());
        }
        if (lot.groupId() != null) {
            m.put("groupId", lot.groupId());
        }
        m.put("facilityCount", lot.facilities().size());
        m.put("demandKwh", lot.toLot().demand().value());
        m.put("wards", lot.facilities().stream().map(FacilityRecord::wardCode).distinct().sorted().toList());
        return m;
    }

    private static Map<String, Object> clock(LiveClockAuction auction) {
        ClockParameters p = auction.core().parameters();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tranches", p.tranches());
        m.put("startPrice", p.startPrice().toString());
        m.put("reservePrice", p.reservePrice() == null ? null : p.reservePrice().toString());
        m.put("floorPrice", p.floorPrice().toString());
        m.put("decrementPercentOfCurrent", percent(p.decrementOfCurrent().basisPoints()));
        m.put("decrementPercentOfStart", percent(p.decrementOfStart().basisPoints()));
        m.put("loadCap", p.loadCap());
        m.put("allowPartialAward", p.allowPartialAward());
        m.put("roundSeconds", auction.roundLength().toSeconds());
        m.put("recessSeconds", auction.recess().toSeconds());
        return m;
    }

    private static Map<String, Object> reverse(OpenReverseParameters p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opensAt", p.opensAt().toString());
        m.put("closesAt", p.closesAt().toString());
        m.put("ceilingPrice", p.ceilingPrice().toString());
        m.put("reservePrice", p.reservePrice() == null ? null : p.reservePrice().toString());
        m.put("minStep", p.minStep().toString());
        m.put("softCloseWindowMinutes", p.softCloseWindow().toMinutes());
        m.put("extensionMinutes", p.extension().toMinutes());
        m.put("maxExtensions", p.maxExtensions());
        return m;
    }

    /** Basis points as a percentage with two decimals, e.g. 500 as {@code "5.00"}. */
    static String percent(int basisPoints) {
        return basisPoints / 100 + "." + String.format("%02d", basisPoints % 100);
    }
}
