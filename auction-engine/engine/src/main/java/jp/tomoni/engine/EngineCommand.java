package jp.tomoni.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.facility.FacilityRecord;

/**
 * Everything that can change the engine's state. Each command is journaled, with its sequence number, its
 * server time and who sent it, before it is applied; replaying the journal applies the same commands again.
 */
public sealed interface EngineCommand {

    /** Adds facilities to the registry; all or none. */
    record ImportFacilities(List<FacilityRecord> facilities) implements EngineCommand {
        public ImportFacilities {
            facilities = List.copyOf(facilities);
        }
    }

    /**
     * Pools facilities into a lot: those matching every non-empty criterion of {@code selection}.
     *
     * @param lotId     the new lot's id
     * @param name      a readable name
     * @param selection which facilities
     * @param nameJa    the name in Japanese, or {@code null} for none
     */
    record CreateLot(String lotId, String name, LotSelection selection, String nameJa, String groupId)
            implements EngineCommand {

        /** A lot of no procurement group: only the installation's own officers see it. */
        public CreateLot(String lotId, String name, LotSelection selection, String nameJa) {
            this(lotId, name, selection, nameJa, null);
        }

        /** A lot without a Japanese name, of no group. */
        public CreateLot(String lotId, String name, LotSelection selection) {
            this(lotId, name, selection, null, null);
        }
    }

    /**
     * Forms a procurement group: public bodies of the reference data that buy together, with one lead. A body
     * already in another group cannot join a second one.
     *
     * @param groupId  the new group's id
     * @param name     its name in English
     * @param nameJa   its name in Japanese
     * @param leadBody the lead body's municipal code
     * @param members  every member's municipal code, the lead among them
     */
    record CreateGroup(String groupId, String name, String nameJa, String leadBody, List<String> members)
            implements EngineCommand {
        public CreateGroup {
            members = List.copyOf(members);
        }
    }

    /**
     * Registers a user of a public body with roles; {@code passwordHash} is already encoded (never the password).
     * A lead officer's body must lead a group.
     */
    record RegisterUser(String userId, String bodyCode, java.util.Set<Role> roles, String passwordHash)
            implements EngineCommand {
        public RegisterUser {
            roles = java.util.Set.copyOf(roles);
        }
    }

    /**
     * A registered retailer applies to a procurement group with its registration number, its plans (the first
     * is the one its awards are computed with) and its posted security. One pending or approved application per
     * group at a time; a refused one may be filed again.
     */
    record ApplyToGroup(String retailerId, String groupId, String registrationNumber,
                        List<GroupApplication.Plan> plans, long securityYen, LocalDate securityExpiresOn)
            implements EngineCommand {
        public ApplyToGroup {
            plans = List.copyOf(plans);
        }
    }

    /** The group's lead officer approves a pending application, or refuses it with a reason. */
    record DecideApplication(String retailerId, String groupId, boolean approved, String reason)
            implements EngineCommand {
    }

    /**
     * 起案: the lead body's officer proposes the award of an ended auction of a group. Each body with
     * facilities in the lot then answers for its own part.
     */
    record ProposeAward(String auctionId) implements EngineCommand {
    }

    /**
     * 決裁: a body's officer confirms the body's part of a proposed award, or declines it with a reason. Once every
     * body has answered, the award is APPROVED; a declined part's facilities are listed for a new auction.
     */
    record AnswerPart(String auctionId, String bodyCode, boolean confirmed, String reason) implements EngineCommand {
    }

    /**
     * Registers a qualified retailer with its credentials.
     *
     * @param retailerId         the retailer's id in Tomoni
     * @param name               its trade name
     * @param registrationNumber its registration under the Electricity Business Act, e.g. {@code A0001}
     * @param menuFactor         the emission factor of the menu it offers, with kind and fiscal year
     * @param securityYen        the security it posted
     * @param eligibility        the most CLOCK tranches it may offer, from that security
     * @param apiKeyHash         SHA-256 (hex) of its API key; the key itself is never stored
     * @param securityExpiresOn  the last day the security is valid, or {@code null} when none was stated
     */
    record QualifyRetailer(String retailerId, String name, String registrationNumber, ReportedFactor menuFactor,
                           long securityYen, int eligibility, String apiKeyHash, LocalDate securityExpiresOn)
            implements EngineCommand {

        /** A retailer whose security has no expiry stated. */
        public QualifyRetailer(String retailerId, String name, String registrationNumber, ReportedFactor menuFactor,
                               long securityYen, int eligibility, String apiKeyHash) {
            this(retailerId, name, registrationNumber, menuFactor, securityYen, eligibility, apiKeyHash, null);
        }
    }

    /**
     * Creates a CLOCK auction for a lot.
     *
     * @param auctionId   the new auction's id
     * @param lotId       the lot
     * @param parameters  the rules' parameters
     * @param roundLength how long each round is open
     * @param recess      the pause between rounds
     * @param seedHex     the tie-break seed, generated by the engine's adapter
     * @param bidders     the retailers invited; empty means every retailer qualified at creation
     * @param reauctionOf the failed auction this one re-auctions, or {@code null}
     * @param supplyPeriod the period the winners supply the lot, or {@code null} when the command was journaled
     *                    before auctions stated one
     * @param securityPerTrancheYen the security a retailer must have posted per tranche it may offer, or
     *                    {@code null} to take each retailer's eligibility as it was qualified
     */
    record CreateClockAuction(String auctionId, String lotId, ClockParameters parameters, Duration roundLength,
                              Duration recess, String seedHex, List<String> bidders, String reauctionOf,
                              SupplyPeriod supplyPeriod, Long securityPerTrancheYen)
            implements EngineCommand, AuctionCreation {
        public CreateClockAuction {
            bidders = List.copyOf(bidders);
        }

        /** A CLOCK auction that asks no security per tranche. */
        public CreateClockAuction(String auctionId, String lotId, ClockParameters parameters, Duration roundLength,
                                  Duration recess, String seedHex, List<String> bidders, String reauctionOf,
                                  SupplyPeriod supplyPeriod) {
            this(auctionId, lotId, parameters, roundLength, recess, seedHex, bidders, reauctionOf, supplyPeriod, null);
        }

        /** A CLOCK auction that states no supply period. */
        public CreateClockAuction(String auctionId, String lotId, ClockParameters parameters, Duration roundLength,
                                  Duration recess, String seedHex, List<String> bidders, String reauctionOf) {
            this(auctionId, lotId, parameters, roundLength, recess, seedHex, bidders, reauctionOf, null, null);
        }
    }

    /** Creates an OPEN_REVERSE auction for a lot; fields as for {@link CreateClockAuction}. */
    record CreateReverseAuction(String auctionId, String lotId, OpenReverseParameters parameters, String seedHex,
                                List<String> bidders, String reauctionOf, SupplyPeriod supplyPeriod,
                                Long securityPerTrancheYen) implements EngineCommand, AuctionCreation {
        public CreateReverseAuction {
            bidders = List.copyOf(bidders);
        }

        /** An OPEN_REVERSE auction that asks no security for its one tranche. */
        public CreateReverseAuction(String auctionId, String lotId, OpenReverseParameters parameters, String seedHex,
                                    List<String> bidders, String reauctionOf, SupplyPeriod supplyPeriod) {
            this(auctionId, lotId, parameters, seedHex, bidders, reauctionOf, supplyPeriod, null);
        }

        /** An OPEN_REVERSE auction that states no supply period. */
        public CreateReverseAuction(String auctionId, String lotId, OpenReverseParameters parameters, String seedHex,
                                    List<String> bidders, String reauctionOf) {
            this(auctionId, lotId, parameters, seedHex, bidders, reauctionOf, null, null);
        }
    }

    /** Starts an auction: a CLOCK auction opens round 1 now; an OPEN_REVERSE one takes bids from its opening time. */
    record StartAuction(String auctionId) implements EngineCommand {
    }

    /**
     * Schedules a created auction to start by itself at {@code startsAt}; a time already past starts it now.
     */
    record ScheduleAuction(String auctionId, java.time.Instant startsAt) implements EngineCommand {
    }

    /** Stops the clock of a running auction; bids are refused with {@code NOT_OPEN} until it resumes. */
    record PauseAuction(String auctionId) implements EngineCommand {
    }

    /** Restarts a paused auction with the time that was left when it paused. */
    record ResumeAuction(String auctionId) implements EngineCommand {
    }

    /** Ends an auction without an award. */
    record CancelAuction(String auctionId, String reason) implements EngineCommand {
    }

    /**
     * A CLOCK bid. With an idempotency key, a repeat of the same request (same {@code requestHash}) gets the
     * first one's receipt and changes nothing; the same key with another request is refused.
     */
    record SubmitClockBid(String auctionId, String retailerId, int round, int quantity, Price exitPrice,
                          String idempotencyKey, String requestHash) implements EngineCommand, BidCommand {
        /** A bid without an idempotency key. */
        public SubmitClockBid(String auctionId, String retailerId, int round, int quantity, Price exitPrice) {
            this(auctionId, retailerId, round, quantity, exitPrice, null, null);
        }
    }

    /** An OPEN_REVERSE bid; idempotency as for {@link SubmitClockBid}. */
    record SubmitReverseBid(String auctionId, String retailerId, Price price, String idempotencyKey,
                            String requestHash) implements EngineCommand, BidCommand {
        /** A bid without an idempotency key. */
        public SubmitReverseBid(String auctionId, String retailerId, Price price) {
            this(auctionId, retailerId, price, null, null);
        }
    }

    /** What creating an auction of either format has. */
    interface AuctionCreation {
        String auctionId();

        String lotId();

        String seedHex();

        List<String> bidders();

        String reauctionOf();

        SupplyPeriod supplyPeriod();

        Long securityPerTrancheYen();
    }

    /** What every bid has. */
    interface BidCommand {
        String auctionId();

        String retailerId();

        String idempotencyKey();

        String requestHash();
    }

    /** An officer approves the award of an ended auction. */
    record ApproveAward(String auctionId) implements EngineCommand {
    }

    /** Time has passed: rounds and auctions due to open or close do so. */
    record Tick() implements EngineCommand {
    }

    /**
     * The engine restarted. Every open round, and every OPEN_REVERSE auction taking bids, gets at least
     * {@code grace} after this command's time before it closes, and bidders are told.
     */
    record Recover(Duration grace) implements EngineCommand {
    }
}
