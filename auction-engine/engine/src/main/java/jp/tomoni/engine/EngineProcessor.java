package jp.tomoni.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tomoni.engine.EngineCommand.ApproveAward;
import jp.tomoni.engine.EngineCommand.CancelAuction;
import jp.tomoni.engine.EngineCommand.PauseAuction;
import jp.tomoni.engine.EngineCommand.Recover;
import jp.tomoni.engine.EngineCommand.ResumeAuction;
import jp.tomoni.engine.EngineCommand.StartAuction;
import jp.tomoni.engine.EngineCommand.SubmitClockBid;
import jp.tomoni.engine.EngineCommand.SubmitReverseBid;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.facility.FacilityRecord;

/**
 * The engine's state machine: applies journaled commands in sequence order. It never reads a clock: before a
 * command is applied, every timetable transition due at or before the command's time happens first, at its
 * own scheduled time. So a bid stamped at or after a round's closing time always finds the round closed, and
 * replaying the journal gives exactly the same events. A command that fails while it is applied is answered
 * with {@code COMMAND_FAILED}, the same way on every replay, so one bad command can never stop recovery.
 * Only one thread may call {@link #apply}.
 */
public final class EngineProcessor implements EngineQueries {

    private final Registry registry = new Registry();
    private final Organisation organisation = new Organisation();
    private final Map<String, LiveAuction> auctions = new ConcurrentHashMap<>();
    private final List<LiveAuction> order = new CopyOnWriteArrayList<>();
    /** The auctions that may still change by themselves (neither ended nor cancelled), for the writer only. */
    private final List<LiveAuction> unfinished = new ArrayList<>();
    private final Map<String, BidReceipt> receipts = new ConcurrentHashMap<>();
    private long lastSeq;

    private static final Logger LOG = Logger.getLogger(EngineProcessor.class.getName());
    private static final Set<AuctionState> CANCELLABLE = EnumSet.of(AuctionState.CREATED, AuctionState.SCHEDULED,
            AuctionState.RUNNING, AuctionState.PAUSED);

    /** Applies one command and returns the events it caused, each logged on its auction. */
    public List<LoggedEvent> apply(Journaled entry) {
        if (entry.seq() <= lastSeq) {
            throw new IllegalStateException("command " + entry.seq() + " arrived after " + lastSeq);
        }
        lastSeq = entry.seq();
        Emitter out = new Emitter();
        EngineCommand command = entry.command();
        if (!(command instanceof Recover)) {
            for (LiveAuction auction : unfinished) {
                Timetable.advance(auction, entry.at(), out);
            }
        }
        try {
            dispatch(entry, command, out);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "command " + entry.seq() + " (" + command.getClass().getSimpleName()
                    + ") failed while it was decided; it changed nothing", e);
            out.emit(new CommandRejected("COMMAND_FAILED", null,
                    "the command could not be carried out, and changed nothing"));
        }
        unfinished.removeIf(LiveAuction::isFinished);
        List<LoggedEvent> logged = new ArrayList<>(out.events().size());
        int index = 0;
        for (EngineEvent event : out.events()) {
            LoggedEvent entryEvent = new LoggedEvent(entry.seq(), index++, entry.at(), event);
            logged.add(entryEvent);
            LiveAuction auction = event.auctionId() == null ? null : auctions.get(event.auctionId());
            if (auction != null) {
                auction.log().append(entryEvent);
            }
        }
        return logged;
    }

    private void dispatch(Journaled entry, EngineCommand command, Emitter out) {
        CommandRejected outOfScope = CommandScope.refusal(entry, organisation, registry, auctions);
        if (outOfScope != null) {
            out.emit(outOfScope);
            return;
        }
        if (command instanceof EngineCommand.BidCommand bid && bid.idempotencyKey() != null) {
            String key = bid.retailerId() + "\n" + bid.idempotencyKey();
            BidReceipt seen = receipts.get(key);
            if (seen != null) {
                out.emit(java.util.Objects.equals(seen.requestHash(), bid.requestHash())
                        ? new EngineEvent.DuplicateBid(bid.auctionId(), bid.retailerId(), seen.seq())
                        : new CommandRejected("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                                "this Idempotency-Key was used for a different request"));
                return;
            }
            int before = out.events().size();
            route(entry, command, out);
            receipts.put(key, new BidReceipt(entry.seq(), entry.at(), bid.requestHash(),
                    rejectionCode(out.events().subList(before, out.events().size()))));
            return;
        }
        route(entry, command, out);
    }

    private static String rejectionCode(List<EngineEvent> events) {
        for (EngineEvent event : events) {
            if (event instanceof EngineEvent.BidRejected rejected) {
                return rejected.code().name();
            } else if (event instanceof CommandRejected rejected) {
                return rejected.code();
            }
        }
        return null;
    }

    private void route(Journaled entry, EngineCommand command, Emitter out) {
        Instant at = entry.at();
        if (command instanceof SubmitClockBid bid) {
            LiveAuction auction = find(bid.auctionId(), out);
            if (auction instanceof LiveClockAuction clock) {
                clock.bid(bid, at, out);
            } else if (auction != null) {
                out.emit(new CommandRejected("WRONG_FORMAT", "auctionId", "auction " + bid.auctionId() + " is not a CLOCK auction"));
            }
        } else if (command instanceof SubmitReverseBid bid) {
            LiveAuction auction = find(bid.auctionId(), out);
            if (auction instanceof LiveReverseAuction reverse) {
                reverse.bid(bid, at, out);
            } else if (auction != null) {
                out.emit(new CommandRejected("WRONG_FORMAT", "auctionId", "auction " + bid.auctionId() + " is not an OPEN_REVERSE auction"));
            }
        } else if (command instanceof EngineCommand.Tick) {
            return;
        } else if (command instanceof EngineCommand.ImportFacilities c) {
            registry.importFacilities(c, out);
        } else if (command instanceof EngineCommand.CreateLot c) {
            createLot(c, out);
        } else if (command instanceof EngineCommand.CreateGroup c) {
            organisation.createGroup(c, out);
        } else if (command instanceof EngineCommand.RegisterUser c) {
            organisation.registerUser(c, out);
        } else if (command instanceof EngineCommand.ApplyToGroup c) {
            organisation.applications().apply(c, registry.retailer(c.retailerId()), organisation.group(c.groupId()),
                    at, out);
        } else if (command instanceof EngineCommand.DecideApplication c) {
            organisation.applications().decide(c, at, entry.actor(), out);
        } else if (command instanceof EngineCommand.ProposeAward c) {
            withAuction(c.auctionId(), out, a -> ApprovalDesk.propose(a, entry.actor(), at, out));
        } else if (command instanceof EngineCommand.AnswerPart c) {
            withAuction(c.auctionId(), out, a -> ApprovalDesk.answer(a, c, entry.actor(), at, out));
        } else if (command instanceof EngineCommand.QualifyRetailer c) {
            registry.qualify(c, out);
        } else if (command instanceof EngineCommand.AuctionCreation creation) {
            create(creation, out);
        } else {
            lifeCycle(command, at, out);
        }
    }

    private void lifeCycle(EngineCommand command, Instant at, Emitter out) {
        if (command instanceof Recover recover) {
            for (LiveAuction auction : unfinished) {
                auction.commit(auction.recovering(at, recover.grace()), at, out);
            }
        } else if (command instanceof StartAuction c) {
            whenIn(c.auctionId(), AuctionState.CREATED, out, a -> a.commit(a.starting(at), at, out));
        } else if (command instanceof EngineCommand.ScheduleAuction c && Limits.timeProblem(c.startsAt()) != null) {
            out.emit(new CommandRejected("OUT_OF_RANGE", "startsAt", Limits.timeProblem(c.startsAt())));
        } else if (command instanceof EngineCommand.ScheduleAuction c) {
            whenIn(c.auctionId(), AuctionState.CREATED, out, a -> {
                a.commit(a.scheduling(c.startsAt()), at, out);
                Timetable.advance(a, at, out);
            });
        } else if (command instanceof PauseAuction c) {
            whenIn(c.auctionId(), AuctionState.RUNNING, out, a -> a.commit(a.pausing(at), at, out));
        } else if (command instanceof ResumeAuction c) {
            whenIn(c.auctionId(), AuctionState.PAUSED, out, a -> a.commit(a.resuming(at), at, out));
        } else if (command instanceof CancelAuction c) {
            LiveAuction auction = find(c.auctionId(), out);
            if (auction != null && CANCELLABLE.contains(auction.state())) {
                auction.commit(auction.changingTo(AuctionState.CANCELLED, c.reason()), at, out);
            } else if (auction != null) {
                out.emit(new CommandRejected("WRONG_STATE", "state", "a " + auction.state() + " auction cannot be cancelled"));
            }
        } else if (command instanceof ApproveAward c) {
            whenIn(c.auctionId(), AuctionState.ENDED, out, a -> {
                CommandRejected twoStep = ApprovalDesk.oneStepProblem(a);
                if (twoStep != null) {
                    out.emit(twoStep);
                } else {
                    a.commit(a.changingTo(AuctionState.APPROVED, "award approved"), at, out);
                }
            });
        }
    }

    private void createLot(EngineCommand.CreateLot command, Emitter out) {
        ProcurementGroup group = organisation.group(command.groupId());
        if (command.groupId() != null && group == null) {
            out.emit(new CommandRejected("UNKNOWN_GROUP", "groupId", "no group " + command.groupId()));
        } else {
            registry.createLot(command, group, out);
        }
    }

    private void withAuction(String auctionId, Emitter out, Consumer<LiveAuction> action) {
        LiveAuction auction = find(auctionId, out);
        if (auction != null) {
            action.accept(auction);
        }
    }

    private void whenIn(String auctionId, AuctionState required, Emitter out, Consumer<LiveAuction> action) {
        LiveAuction auction = find(auctionId, out);
        if (auction == null) {
            return;
        }
        if (auction.state() != required) {
            out.emit(new CommandRejected("WRONG_STATE", "state",
                    "auction " + auctionId + " is " + auction.state() + ", not " + required));
            return;
        }
        action.accept(auction);
    }

    private LiveAuction find(String auctionId, Emitter out) {
        LiveAuction auction = auctions.get(auctionId);
        if (auction == null) {
            out.emit(new CommandRejected("UNKNOWN_AUCTION", "auctionId", "no auction " + auctionId));
        }
        return auction;
    }

    private void create(EngineCommand.AuctionCreation command, Emitter out) {
        LotRecord lot = registry.lot(command.lotId());
        List<Retailer> candidates = lot == null || lot.groupId() == null ? registry.retailers()
                : organisation.applications().qualified(lot.groupId(), registry.retailers());
        LiveAuction auction = AuctionCreator.create(command, registry, candidates, auctions, out);
        if (auction != null) {
            auctions.put(auction.id(), auction);
            order.add(auction);
            unfinished.add(auction);
        }
    }

    /** The earliest time any running auction is due to change by itself, or {@code null}. */
    public Instant nextDeadline() {
        Instant next = null;
        for (LiveAuction auction : unfinished) {
            Instant due = auction.nextDeadline();
            if (due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return next;
    }

    @Override
    public BidReceipt receipt(String retailerId, String idempotencyKey) {
        return receipts.get(retailerId + "\n" + idempotencyKey);
    }

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    @Override
    public LiveAuction auction(String auctionId) {
        return auctions.get(auctionId);
    }

    @Override
    public Collection<LiveAuction> auctions() {
        return List.copyOf(order);
    }

    @Override
    public List<FacilityRecord> facilities() {
        return registry.facilities();
    }

    @Override
    public LotRecord lot(String lotId) {
        return registry.lot(lotId);
    }

    @Override
    public Collection<LotRecord> lots() {
        return registry.lots();
    }

    @Override
    public Retailer retailer(String retailerId) {
        return registry.retailer(retailerId);
    }

    @Override
    public List<Retailer> retailers() {
        return registry.retailers();
    }

    @Override
    public Retailer retailerByKeyHash(String keyHash) {
        return registry.retailerByKeyHash(keyHash);
    }

    @Override
    public OrganisationQueries organisation() {
        return organisation;
    }
}
