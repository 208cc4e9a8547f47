package jp.tomoni.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import jp.tomoni.engine.LotRecord;
import jp.tomoni.engine.Retailer;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the officers' commands and lists answer. Every answer to a command carries {@code seq}, the journal
 * sequence number of the command once it is durable and applied.
 */
public final class Answers {

    private Answers() {
    }

    /**
     * A created auction: its id, format and lot, the SHA-256 of its tie-break seed, which is published, and
     * warnings an officer should read (left out when there are none), e.g. that the lot's award is already
     * approved in another auction.
     */
    public record AuctionCreated(String auctionId, String format, String lotId, String seedSha256, long seq,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
    }

    /** An auction's state after a life-cycle command, e.g. {@code RUNNING} after a start. */
    public record AuctionState(String auctionId, String state, long seq) {
    }

    /** A created lot: how many facilities it pools and their annual demand. */
    public record LotCreated(String lotId, int facilities, long demandKwh, long seq) {
    }

    /** A lot in the list, or alone with its facilities (in the import's JSON form). */
    public record LotSummary(String lotId, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String nameJa,
                             int facilityCount, long demandKwh, List<String> wards,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<ObjectNode> facilities,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String groupId) {

        static LotSummary of(LotRecord lot, boolean withFacilities) {
            return new LotSummary(lot.lotId(), lot.name(), lot.nameJa(), lot.facilities().size(),
                    lot.toLot().demand().value(),
                    lot.facilities().stream().map(f -> f.wardCode()).distinct().sorted().toList(),
                    withFacilities ? lot.facilities().stream().map(FacilityController::json).toList() : null,
                    lot.groupId());
        }
    }

    /** A qualified retailer with the API key issued to it, which is shown this once. */
    public record RetailerQualified(String retailerId, String apiKey, String note, long seq) {
    }

    /** A qualified retailer in the list, without its credentials. */
    public record RetailerEntry(String retailerId, String name, String registrationNumber, MenuFactor menuFactor,
                         long securityYen, int eligibility,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String securityExpiresOn) {

        static RetailerEntry of(Retailer r) {
            return new RetailerEntry(r.retailerId(), r.name(), r.registrationNumber(),
                    new MenuFactor(r.menuFactor().value().toString(), r.menuFactor().kind().label(),
                            r.menuFactor().fiscalYear()), r.securityYen(), r.eligibility(),
                    r.securityExpiresOn() == null ? null : r.securityExpiresOn().toString());
        }
    }

    /** An emission factor as it is written: {@code "0.433"}, {@code adjusted}, 2022. */
    public record MenuFactor(String value, String kind, int fiscalYear) {
    }

    /** How many facilities an import registered. */
    public record FacilitiesImported(int imported, long seq) {
    }
}
