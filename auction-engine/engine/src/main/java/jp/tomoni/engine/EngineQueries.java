package jp.tomoni.engine;

import java.util.Collection;
import java.util.List;
import jp.tomoni.facility.FacilityRecord;

/**
 * What the engine's state answers to readers on any thread: auctions, facilities, lots, retailers and bid
 * receipts. Readers see the state as of the last command applied; only the engine's writer changes it, by
 * applying journaled commands. The web layer reads through this and nothing else.
 */
public interface EngineQueries {

    /** An auction by id, or {@code null}. */
    LiveAuction auction(String auctionId);

    /** Every auction, in creation order. */
    Collection<LiveAuction> auctions();

    /** Every facility, in import order. */
    List<FacilityRecord> facilities();

    /** A lot by id, or {@code null}. */
    LotRecord lot(String lotId);

    /** Every lot. */
    Collection<LotRecord> lots();

    /** A qualified retailer by id, or {@code null}. */
    Retailer retailer(String retailerId);

    /** Every qualified retailer, in the order they were qualified. */
    List<Retailer> retailers();

    /** The retailer holding the API key with this SHA-256 hash (lower-case hex), or {@code null}. */
    Retailer retailerByKeyHash(String keyHash);

    /** The receipt of a bid a retailer sent with this idempotency key, or {@code null}. */
    BidReceipt receipt(String retailerId, String idempotencyKey);

    /** The sequence number of the last command applied. */
    long lastSeq();

    /** Procurement groups and the users of public bodies. */
    OrganisationQueries organisation();
}
