package jp.tomoni.engine;

import java.util.Collection;
import java.util.List;
import jp.tomoni.facility.FacilityRecord;

/**
 * The engine's state as readers see it: whatever processor the engine runs now (the one rebuilt from the
 * journal at start), behind one stable object that readers may hold on to.
 */
final class CurrentState implements EngineQueries {

    volatile EngineProcessor processor = new EngineProcessor();

    @Override
    public LiveAuction auction(String auctionId) {
        return processor.auction(auctionId);
    }

    @Override
    public Collection<LiveAuction> auctions() {
        return processor.auctions();
    }

    @Override
    public List<FacilityRecord> facilities() {
        return processor.facilities();
    }

    @Override
    public LotRecord lot(String lotId) {
        return processor.lot(lotId);
    }

    @Override
    public Collection<LotRecord> lots() {
        return processor.lots();
    }

    @Override
    public Retailer retailer(String retailerId) {
        return processor.retailer(retailerId);
    }

    @Override
    public List<Retailer> retailers() {
        return processor.retailers();
    }

    @Override
    public Retailer retailerByKeyHash(String keyHash) {
        return processor.retailerByKeyHash(keyHash);
    }

    @Override
    public BidReceipt receipt(String retailerId, String idempotencyKey) {
        return processor.receipt(retailerId, idempotencyKey);
    }

    @Override
    public long lastSeq() {
        return processor.lastSeq();
    }

    @Override
    public OrganisationQueries organisation() {
        return processor.organisation();
    }
}
