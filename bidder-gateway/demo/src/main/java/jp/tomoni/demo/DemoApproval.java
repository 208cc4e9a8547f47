package jp.tomoni.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The end of the demo's auction as a group's award is approved, in two steps (起案・決裁): the lead ward's
 * officer proposes the award, then each ward with facilities in the lot confirms its own part, signed in as
 * that ward's officer; the award is approved once every part is confirmed, which the demo checks. It also shows
 * that the groups are apart: the other group's lead sees none of the 23 wards' auctions.
 */
final class DemoApproval {

    private DemoApproval() {
    }

    /**
     * Approves the award of {@code auctionId} in two steps and checks that the engine then says APPROVED; answers
     * how it was approved, for the award summary. A lot of no group (from an earlier run on this database) is
     * approved in one step by the operator, as the engine then requires.
     */
    static String approve(DemoOrganisation organisation, OfficerClient operator, String auctionId, PrintStream out) {
        String path = "/api/v1/auctions/" + auctionId + "/approval";
        if (!operator.getJson(path, "Reading the approval").path("groupId").isString()) {
            operator.command(auctionId, "approve");
            out.println("  Approved in one step by the officer: the lot is of no group (made by an earlier run).");
            return "approved by the officer";
        }
        String lead = organisation.name(DemoUsers.TOKYO_LEAD);
        JsonNode proposed = organisation.as(DemoUsers.TOKYO_LEAD).command(auctionId, "propose");
        JsonNode parts = proposed.path("parts");
        out.println("  起案 by " + lead + " at " + time(proposed.path("proposedAt").asString())
                + ": the award goes to the " + parts.size() + " wards with facilities in the lot, each to confirm its"
                + " own part (決裁).");
        for (JsonNode part : parts) {
            String body = part.path("bodyCode").asString();
            organisation.as(DemoUsers.officerOf(body)).command(auctionId, "parts/" + body + "/confirm");
        }
        JsonNode approval = operator.getJson(path, "Reading the approval");
        int confirmed = confirmed(approval);
        out.println("  決裁: " + confirmed + " of " + approval.path("parts").size() + " wards confirmed their parts,"
                + " each signed in as its own officer (" + organisation.name(DemoUsers.officerOf("13101")) + ", ...).");
        String problem = problem(approval);
        if (problem != null) {
            throw new DemoException("The two-step approval of " + auctionId + " did not approve the award: " + problem);
        }
        out.println("  The award is APPROVED; the trail is at " + path + " and in section 8 of the report.");
        return "approved in two steps: 起案 by " + lead + ", 決裁 by " + confirmed + " wards";
    }

    /**
     * Signs in as the other group's lead and checks that the 23 wards' auctions are hidden from it: the list holds
     * none of them, and reading {@code auctionId} answers 404 as for an unknown auction.
     */
    static void checkSeparation(DemoOrganisation organisation, String auctionId, Set<String> lots, PrintStream out) {
        String who = organisation.name(DemoUsers.SAITAMA_LEAD);
        OfficerClient other = organisation.as(DemoUsers.SAITAMA_LEAD);
        JsonNode list = other.getJson("/api/v1/auctions", "Listing the auctions as " + who);
        List<String> seen = leaked(list, auctionId, lots);
        int status = other.status("/api/v1/auctions/" + auctionId, "Reading " + auctionId + " as " + who);
        if (!seen.isEmpty() || status != 404) {
            throw new DemoException(who + " of " + DemoOrganisation.SAITAMA_GROUP + " sees the 23 wards' work: it"
                    + " lists " + seen + " and reading " + auctionId + " answers HTTP " + status + ", not 404");
        }
        out.println("  Groups apart: " + who + " (" + DemoOrganisation.SAITAMA_GROUP + ") lists " + list.size()
                + " auctions, none of " + DemoOrganisation.TOKYO_GROUP + ", and reading " + auctionId
                + " answers 404, as for an unknown auction.");
    }

    /** An ISO-8601 instant of the trail as the demo prints times ({@code 09:34:32 JST}); anything else as it is. */
    static String time(String instant) {
        try {
            return AuctionProgress.TIME.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** How many parts of the approval trail {@code approval} are CONFIRMED. */
    static int confirmed(JsonNode approval) {
        int confirmed = 0;
        for (JsonNode part : approval.path("parts")) {
            confirmed += "CONFIRMED".equals(part.path("status").asString()) ? 1 : 0;
        }
        return confirmed;
    }

    /**
     * What keeps the approval trail {@code approval} from being a fully approved award, or {@code null} when it is
     * one: its state is APPROVED and it has parts, all of them CONFIRMED.
     */
    static String problem(JsonNode approval) {
        String state = approval.path("state").asString("");
        List<String> open = new ArrayList<>();
        for (JsonNode part : approval.path("parts")) {
            if (!"CONFIRMED".equals(part.path("status").asString())) {
                open.add(part.path("bodyCode").asString() + " " + part.path("status").asString());
            }
        }
        if ("APPROVED".equals(state) && open.isEmpty() && !approval.path("parts").isEmpty()) {
            return null;
        }
        String parts = approval.path("parts").isEmpty() ? ", with no part to answer"
                : open.isEmpty() ? "" : "; parts not confirmed: " + String.join(", ", open);
        return "the state is " + (state.isEmpty() ? "missing" : state) + parts;
    }

    /** The auctions of {@code list} that are {@code auctionId} or of one of {@code lots}: those another group saw. */
    static List<String> leaked(JsonNode list, String auctionId, Set<String> lots) {
        List<String> seen = new ArrayList<>();
        for (JsonNode auction : list) {
            String id = auction.path("id").asString();
            if (id.equals(auctionId) || lots.contains(auction.path("lotId").asString())) {
                seen.add(id);
            }
        }
        return seen;
    }
}
