package jp.tomoni.web;

import java.security.Principal;
import jp.tomoni.engine.Access;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LotRecord;
import jp.tomoni.engine.UserAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Applies the engine's scope rules ({@link Access}) to requests. Something outside a person's group is
 * answered exactly as if it did not exist (404, the same code and text as an unknown id), so that nothing of
 * another group leaks, not even its ids; something within it that the person may not do is 403
 * {@code FORBIDDEN}. Checked before the command is sent: groups, their members, users and a lot's group never
 * change once made, so the check still holds when the command is applied.
 */
@Component
public class Scopes {

    private final EngineQueries engine;

    public Scopes(EngineQueries engine) {
        this.engine = engine;
    }

    /** What the engine answers, for controllers that check first and then read. */
    public EngineQueries engine() {
        return engine;
    }

    /**
     * The rules over the engine's organisation as it is now (after a rebuild from the journal the engine's state
     * is a new one, so the rules are never kept).
     */
    public Access access() {
        return new Access(engine.organisation());
    }

    /**
     * Who {@code who} is: a registered user of a body, or one of the installation's own accounts by its
     * configured role ({@code OFFICER}: operator; {@code ANALYST}: installation analyst).
     */
    public Actor actor(Principal who) {
        UserAccount user = engine.organisation().user(who.getName());
        if (user != null && hasAuthority(who, "ROLE_MEMBER")) {
            return Actor.member(user);
        } else if (hasAuthority(who, "ROLE_OFFICER")) {
            return Actor.operator(who.getName());
        } else if (hasAuthority(who, "ROLE_ANALYST")) {
            return Actor.installationAnalyst(who.getName());
        }
        throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", null, "your role may not do this");
    }

    /** The auction, if {@code who} may read it; 404 as for an unknown one when it lies outside their scope. */
    public LiveAuction readableAuction(Principal who, String id) {
        LiveAuction auction = engine.auction(id);
        if (auction == null || decide(access().readGroupWork(actor(who), auction.lot().groupId()), "auctionId")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no auction " + id);
        }
        return auction;
    }

    /** The auction, if {@code who} may run it; 404 as for an unknown one when it is unknown or outside the scope. */
    public LiveAuction runnableAuction(Principal who, String id) {
        LiveAuction auction = engine.auction(id);
        if (auction == null || decide(access().runGroupWork(actor(who), auction.lot().groupId()), "auctionId")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no auction " + id);
        }
        return auction;
    }

    /**
     * Checks that {@code who} may run the auction (start, pause, cancel, re-auction). An unknown one and one
     * outside the scope are refused alike, here and before anything else is checked, as the engine would
     * refuse an unknown one ({@code UNKNOWN_AUCTION}); the engine checks the scope again when it applies the
     * command ({@code CommandScope}).
     */
    public void requireRun(Principal who, String auctionId) {
        requireOnAuction(who, auctionId, "auctionId", (access, actor, group) -> access.runGroupWork(actor, group));
    }

    /** A scope rule over an auction's group. */
    @FunctionalInterface
    public interface AuctionRule {
        /** What {@code rules} say of {@code actor} acting in the auction of {@code groupId}. */
        Decision decide(Access rules, Actor actor, String groupId);
    }

    /**
     * Checks {@code rule} for {@code who} on the auction: unknown or outside the scope is {@code UNKNOWN_AUCTION}
     * (404, before anything else is checked), seen but not allowed 403 at {@code field}.
     */
    public void requireOnAuction(Principal who, String auctionId, String field, AuctionRule rule) {
        LiveAuction auction = engine.auction(auctionId);
        if (auction == null || decide(rule.decide(access(), actor(who), auction.lot().groupId()), field)) {
            throw unknownAuction(auctionId);
        }
    }

    /** Checks that {@code who} may pool a lot in, or open an auction of a lot of, {@code groupId}. */
    public void requireRunGroup(Principal who, String groupId, String field) {
        if (decide(access().runGroupWork(actor(who), groupId), field)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_GROUP", field, "no group " + groupId);
        }
    }

    /** The lot, if {@code who} may read it; 404 as for an unknown one otherwise. */
    public LotRecord readableLot(Principal who, String lotId) {
        LotRecord lot = engine.lot(lotId);
        if (lot == null || decide(access().readGroupWork(actor(who), lot.groupId()), "lotId")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no lot " + lotId);
        }
        return lot;
    }

    /** Checks that {@code who} may open an auction of the lot; an unknown lot and a hidden one are refused alike. */
    public void requireRunLot(Principal who, String lotId) {
        LotRecord lot = engine.lot(lotId);
        if (lot == null || decide(access().runGroupWork(actor(who), lot.groupId()), "lotId")) {
            throw new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_LOT", "lotId", "no lot " + lotId);
        }
    }

    /** Answers a decision with 403 when it forbids, or {@code true} when it hides. */
    public static boolean decide(Decision decision, String field) {
        if (decision == Decision.FORBID) {
            throw forbidden(field);
        }
        return decision == Decision.HIDE;
    }

    /** 403 {@code FORBIDDEN}: the person sees it but may not do this. */
    public static ApiException forbidden(String field) {
        return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", field,
                "your role or your body may not do this here");
    }

    /** The engine's own answer for an auction it does not have. */
    public static ApiException unknownAuction(String auctionId) {
        return new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_AUCTION", "auctionId", "no auction " + auctionId);
    }

    private static boolean hasAuthority(Principal who, String authority) {
        if (who instanceof Authentication authentication) {
            for (GrantedAuthority granted : authentication.getAuthorities()) {
                if (authority.equals(granted.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }
}
