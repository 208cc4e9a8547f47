package jp.tomoni.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.springframework.http.MediaType;

/**
 * The hostile bodies {@link HostileBodiesTest} sends: for each endpoint, an accepted body and cases that each
 * change one thing in it, with the status, code and field the refusal must name.
 */
final class HostileBodies {

    static final String NUL = "\\u0000";
    static final String NUMBER_OF_2000_DIGITS = "9".repeat(2_000);

    /** One hostile request and the refusal it must get; {@code field} is {@code null} when none is named. */
    record Case(String name, String path, String contentType, String body, int status, String code, String field) {
    }

    private HostileBodies() {
    }

    /** A CLOCK create body; each argument is spliced into its object (with its leading comma). */
    static String clock(String auctionId, String clockFields, String scheduleFields, String rootFields) {
        return """
                {"auctionId": "%s", "lotId": "HOSTILE-LOT", "format": "CLOCK", "bidders": ["HOSTILE-R1"],
                 "clock": {"tranches": 4, "startPrice": "30.00"%s}, "schedule": {"roundSeconds": 60%s}%s}"""
                .formatted(auctionId, clockFields, scheduleFields, rootFields);
    }

    private static String clock(String clockFields, String scheduleFields, String rootFields) {
        return clock("HOSTILE-NEW", clockFields, scheduleFields, rootFields);
    }

    /** An OPEN_REVERSE create body opening in an hour; {@code fields} is spliced into its section. */
    static String reverse(String auctionId, String fields) {
        OffsetDateTime opens = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(1).withNano(0);
        return """
                {"auctionId": "%s", "lotId": "HOSTILE-LOT", "format": "OPEN_REVERSE",
                 "openReverse": {"opensAt": "%s", "closesAt": "%s", "ceilingPrice": "30.00"%s}}"""
                .formatted(auctionId, opens, opens.plusHours(1), fields);
    }

    static String lot(String lotId, String fields) {
        return "{\"lotId\": \"" + lotId + "\", \"facilityIds\": [\"F-HOSTILE-1\"]" + fields + "}";
    }

    /** A qualification body; {@code menu} and {@code fields} are spliced into the factor and the root. */
    static String retailer(String retailerId, String menu, String fields) {
        return """
                {"retailerId": "%s", "name": "Hostile retailer", "registrationNumber": "A9999",
                 "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024%s},
                 "securityYen": 10000000, "eligibility": 2%s}""".formatted(retailerId, menu, fields);
    }

    /** A one-facility import body; {@code fields} is spliced into the facility. */
    static String facilities(String fields) {
        return """
                [{"wardCode": "13199", "id": "F-HOSTILE-1", "name": "Hostile hall", "type": "OFFICE",
                  "voltageClass": "HIGH", "contractKw": 900, "annualKwh": 3800000, "currentPrice": "28.00",
                  "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}%s}]"""
                .formatted(fields);
    }

    private static Case bad(String name, String path, String body, String code, String field) {
        return new Case(name, path, MediaType.APPLICATION_JSON_VALUE, body, 400, code, field);
    }

    static Stream<Case> createCases(String path) {
        return Stream.of(
                bad("unknown root field", path, clock("", "", ", \"colour\": \"red\""), "UNKNOWN_FIELD", "colour"),
                bad("unknown clock field", path, clock(", \"tranche\": 4", "", ""), "UNKNOWN_FIELD", "clock.tranche"),
                bad("unknown schedule field", path, clock("", ", \"roundMinutes\": 1", ""), "UNKNOWN_FIELD",
                        "schedule.roundMinutes"),
                bad("duplicate root key", path, clock("", "", ", \"lotId\": \"HOSTILE-LOT\""), "DUPLICATE_FIELD", "lotId"),
                bad("duplicate clock key", path, clock(", \"startPrice\": \"1.00\"", "", ""), "DUPLICATE_FIELD",
                        "clock.startPrice"),
                bad("tranches as a string", path, clock("", "", "").replace("\"tranches\": 4", "\"tranches\": \"4\""),
                        "WRONG_TYPE", "clock.tranches"),
                bad("tranches as a fraction", path, clock("", "", "").replace("\"tranches\": 4", "\"tranches\": 4.0"),
                        "WRONG_TYPE", "clock.tranches"),
                bad("tranches in exponent form", path, clock("", "", "").replace("\"tranches\": 4", "\"tranches\": 4e0"),
                        "WRONG_TYPE", "clock.tranches"),
                bad("tranches beyond int", path, clock("", "", "").replace("\"tranches\": 4", "\"tranches\": 4294967300"),
                        "OUT_OF_RANGE", "clock.tranches"),
                bad("tranches beyond long", path, clock("", "", "").replace("\"tranches\": 4",
                        "\"tranches\": 99999999999999999999999"), "OUT_OF_RANGE", "clock.tranches"),
                bad("a number of 2000 digits", path, clock("", "", "").replace("\"tranches\": 4",
                        "\"tranches\": " + NUMBER_OF_2000_DIGITS), "OUT_OF_RANGE", "clock"),
                bad("a round of no time", path, clock("", "", "").replace("\"roundSeconds\": 60", "\"roundSeconds\": 0"),
                        "OUT_OF_RANGE", "schedule.roundSeconds"),
                bad("a round of a hundred years", path, clock("", "", "").replace("\"roundSeconds\": 60",
                        "\"roundSeconds\": 3153600000"), "OUT_OF_RANGE", "schedule.roundSeconds"),
                bad("a negative recess", path, clock("", ", \"recessSeconds\": -5", ""), "OUT_OF_RANGE",
                        "schedule.recessSeconds"),
                bad("a recess of a day and a second", path, clock("", ", \"recessSeconds\": 86401", ""),
                        "OUT_OF_RANGE", "schedule.recessSeconds"),
                bad("a recess as long as an int allows", path, clock("", ", \"recessSeconds\": 2147483647", ""),
                        "OUT_OF_RANGE", "schedule.recessSeconds"),
                bad("a round of two days", path, clock("", "", "").replace("\"roundSeconds\": 60",
                        "\"roundSeconds\": 172800"), "OUT_OF_RANGE", "schedule.roundSeconds"),
                bad("tranches above ten thousand", path, clock("", "", "").replace("\"tranches\": 4",
                        "\"tranches\": 10001"), "INVALID_FIELD", "clock"),
                bad("a start price of a billion yen", path, clock("", "", "").replace("\"30.00\"",
                        "\"1000000000.00\""), "INVALID_PRICE", "clock.startPrice"),
                bad("a price as a JSON number", path, clock("", "", "").replace("\"30.00\"", "30.0"), "INVALID_PRICE",
                        "clock.startPrice"),
                bad("a price of three decimals", path, clock("", "", "").replace("\"30.00\"", "\"30.001\""),
                        "INVALID_PRICE", "clock.startPrice"),
                bad("a negative price", path, clock(", \"reservePrice\": \"-1.00\"", "", ""), "INVALID_PRICE",
                        "clock.reservePrice"),
                bad("a price in exponent form", path, clock(", \"floorPrice\": \"1e1\"", "", ""), "INVALID_PRICE",
                        "clock.floorPrice"),
                bad("a price with a NUL", path, clock(", \"reservePrice\": \"29.00" + NUL + "\"", "", ""),
                        "INVALID_PRICE", "clock.reservePrice"),
                bad("a percentage above 100", path, clock(", \"decrementPercentOfCurrent\": \"100.01\"", "", ""),
                        "INVALID_PERCENTAGE", "clock.decrementPercentOfCurrent"),
                bad("a boolean as a string", path, clock(", \"allowPartialAward\": \"true\"", "", ""), "WRONG_TYPE",
                        "clock.allowPartialAward"),
                bad("a boolean as a number", path, clock(", \"allowPartialAward\": 1", "", ""), "WRONG_TYPE",
                        "clock.allowPartialAward"),
                bad("a load cap above the tranches", path, clock(", \"loadCap\": 5", "", ""), "INVALID_FIELD", "clock"),
                bad("no start price", path, clock("", "", "").replace(", \"startPrice\": \"30.00\"", ""), "REQUIRED",
                        "clock.startPrice"),
                bad("a null start price", path, clock("", "", "").replace("\"30.00\"", "null"), "REQUIRED",
                        "clock.startPrice"),
                bad("no schedule", path, clock("", "", "").replace(", \"schedule\": {\"roundSeconds\": 60}", ""),
                        "REQUIRED", "schedule"),
                bad("no format", path, clock("", "", "").replace("\"format\": \"CLOCK\", ", ""), "REQUIRED", "format"),
                bad("an unknown format", path, clock("", "", "").replace("\"CLOCK\"", "\"DUTCH\""), "UNKNOWN_FORMAT",
                        "format"),
                bad("a format as a number", path, clock("", "", "").replace("\"CLOCK\"", "1"), "WRONG_TYPE", "format"),
                bad("a section of the other format", path, clock("", "", ", \"openReverse\": {\"opensAt\": "
                        + "\"2099-01-01T00:00:00+09:00\", \"closesAt\": \"2099-01-02T00:00:00+09:00\", "
                        + "\"ceilingPrice\": \"30.00\"}"), "UNKNOWN_FIELD", "openReverse"),
                bad("no security per tranche", path, clock("", "", ", \"securityPerTrancheYen\": 0"), "OUT_OF_RANGE",
                        "securityPerTrancheYen"),
                bad("a negative security per tranche", path, clock("", "", ", \"securityPerTrancheYen\": -1"),
                        "OUT_OF_RANGE", "securityPerTrancheYen"),
                bad("a security per tranche above 10^15 yen", path, clock("", "", ", \"securityPerTrancheYen\":"
                        + " 1000000000000001"), "OUT_OF_RANGE", "securityPerTrancheYen"),
                bad("a security per tranche as a string", path, clock("", "", ", \"securityPerTrancheYen\": \"1\""),
                        "WRONG_TYPE", "securityPerTrancheYen"),
                bad("a security per tranche in yen and sen", path, clock("", "", ", \"securityPerTrancheYen\": 1.5"),
                        "WRONG_TYPE", "securityPerTrancheYen"),
                bad("a supply period of no date", path, clock("", "", ", \"supplyPeriod\": {\"start\": \"April\","
                        + " \"end\": \"2028-03-31\"}"), "INVALID_DATE", "supplyPeriod.start"),
                bad("a supply period ending on 30 February", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"2027-04-01\", \"end\": \"2028-02-30\"}"), "INVALID_DATE", "supplyPeriod.end"),
                bad("a supply date as a number", path, clock("", "", ", \"supplyPeriod\": {\"start\": \"2027-04-01\","
                        + " \"end\": 20280331}"), "INVALID_DATE", "supplyPeriod.end"),
                bad("a supply date with a time", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"2027-04-01T00:00:00+09:00\", \"end\": \"2028-03-31\"}"), "INVALID_DATE",
                        "supplyPeriod.start"),
                bad("a supply period ending before it starts", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"2027-04-01\", \"end\": \"2027-03-31\"}"), "OUT_OF_RANGE", "supplyPeriod"),
                bad("a supply period of 37 months", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"2027-04-01\", \"end\": \"2030-04-30\"}"), "OUT_OF_RANGE", "supplyPeriod"),
                bad("a supply period in the year 9999", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"9999-04-01\", \"end\": \"9999-05-31\"}"), "OUT_OF_RANGE", "supplyPeriod"),
                bad("a supply period without its end", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"2027-04-01\"}"), "REQUIRED", "supplyPeriod.end"),
                bad("a supply period with days", path, clock("", "", ", \"supplyPeriod\": {\"start\":"
                        + " \"2027-04-01\", \"end\": \"2028-03-31\", \"days\": 366}"), "UNKNOWN_FIELD",
                        "supplyPeriod.days"),
                bad("a NUL in the auction id", path, clock("HOSTILE" + NUL, "", "", ""), "INVALID_ID", "auctionId"),
                bad("a line break in the auction id", path, clock("HOSTILE\\nNEW", "", "", ""), "INVALID_ID", "auctionId"),
                bad("a path in the auction id", path, clock("../admin", "", "", ""), "INVALID_ID", "auctionId"),
                bad("an auction id of 65 characters", path, clock("A".repeat(65), "", "", ""), "INVALID_ID", "auctionId"),
                bad("bidders as a string", path, clock("", "", "").replace("[\"HOSTILE-R1\"]", "\"HOSTILE-R1\""),
                        "WRONG_TYPE", "bidders"),
                bad("a null bidder", path, clock("", "", "").replace("[\"HOSTILE-R1\"]", "[\"HOSTILE-R1\", null]"),
                        "REQUIRED", "bidders[1]"),
                bad("a bidder with a space", path, clock("", "", "").replace("[\"HOSTILE-R1\"]", "[\"HOSTILE R1\"]"),
                        "INVALID_ID", "bidders[0]"),
                bad("closing before opening", path, reverse("HOSTILE-NEW", "").replaceFirst("\"opensAt\": \"[^\"]+\"",
                        "\"opensAt\": \"2099-01-01T00:00:00+09:00\""), "INVALID_FIELD", "openReverse"),
                bad("a time without offset", path, reverse("HOSTILE-NEW", "").replaceFirst("(\"opensAt\": \"[^\"]+)\\+09:00",
                        "$1"), "INVALID_TIME", "openReverse.opensAt"),
                bad("a time as epoch seconds", path, reverse("HOSTILE-NEW", "").replaceFirst("\"closesAt\": \"[^\"]+\"",
                        "\"closesAt\": 4102444800"), "INVALID_TIME", "openReverse.closesAt"),
                bad("a soft close of a fraction", path, reverse("HOSTILE-NEW", ", \"softCloseWindowMinutes\": 1.5"),
                        "WRONG_TYPE", "openReverse.softCloseWindowMinutes"),
                bad("a ceiling of three decimals", path, reverse("HOSTILE-NEW", "").replace("\"30.00\"", "\"30.000\""),
                        "INVALID_PRICE", "openReverse.ceilingPrice"),
                bad("a ceiling of a quadrillion yen", path, reverse("HOSTILE-NEW", "").replace("\"30.00\"",
                        "\"999999999999999.99\""), "INVALID_PRICE", "openReverse.ceilingPrice"),
                bad("a close in the next century", path, reverse("HOSTILE-NEW", "").replaceFirst(
                        "\"closesAt\": \"[^\"]+\"", "\"closesAt\": \"2200-01-01T00:00:00+09:00\""), "OUT_OF_RANGE",
                        "openReverse.closesAt"),
                bad("an extension of a week", path, reverse("HOSTILE-NEW", ", \"extensionMinutes\": 10080"),
                        "OUT_OF_RANGE", "openReverse.extensionMinutes"),
                bad("a million extensions", path, reverse("HOSTILE-NEW", ", \"maxExtensions\": 1000000"),
                        "OUT_OF_RANGE", "openReverse.maxExtensions"),
                bad("a schedule for an open reverse auction", path, reverse("HOSTILE-NEW", "")
                        .replaceFirst("}$", ", \"schedule\": {\"roundSeconds\": 60}}"), "UNKNOWN_FIELD", "schedule"),
                bad("an empty body", path, "", "MALFORMED_JSON", "body"),
                bad("whitespace only", path, " \n ", "MALFORMED_JSON", "body"),
                bad("JSON null", path, "null", "MALFORMED_JSON", "body"),
                bad("half an object", path, "{\"lotId\": ", "MALFORMED_JSON", "body"),
                bad("two objects", path, clock("", "", "") + " {}", "MALFORMED_JSON", "body"),
                bad("an array for an object", path, "[]", "WRONG_TYPE", "body"),
                bad("a string for an object", path, "\"CLOCK\"", "WRONG_TYPE", "body"),
                new Case("a text body", path, MediaType.TEXT_PLAIN_VALUE, clock("", "", ""), 415,
                        "UNSUPPORTED_MEDIA_TYPE", null));
    }

    static Stream<Case> lifeCycleCases() {
        String schedule = "/api/v1/auctions/HOSTILE-TARGET/schedule";
        String cancel = "/api/v1/auctions/HOSTILE-TARGET/cancel";
        String future = "\"" + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).withNano(0) + "\"";
        return Stream.of(
                bad("no start time", schedule, "{}", "REQUIRED", "startsAt"),
                bad("a start time as a number", schedule, "{\"startsAt\": 4102444800}", "INVALID_TIME", "startsAt"),
                bad("a start time in words", schedule, "{\"startsAt\": \"tomorrow\"}", "INVALID_TIME", "startsAt"),
                bad("a start time in the next century", schedule, "{\"startsAt\": \"2200-01-01T00:00:00+09:00\"}",
                        "OUT_OF_RANGE", "startsAt"),
                bad("a start time that has passed", schedule, "{\"startsAt\": \"2020-01-01T00:00:00+09:00\"}",
                        "INVALID_TIME", "startsAt"),
                bad("a start time twice", schedule, "{\"startsAt\": " + future + ", \"startsAt\": " + future + "}",
                        "DUPLICATE_FIELD", "startsAt"),
                bad("a start time and more", schedule, "{\"startsAt\": " + future + ", \"endsAt\": " + future + "}",
                        "UNKNOWN_FIELD", "endsAt"),
                bad("no reason", cancel, "{}", "REQUIRED", "reason"),
                bad("an empty reason", cancel, "{\"reason\": \"\"}", "INVALID_TEXT", "reason"),
                bad("a blank reason", cancel, "{\"reason\": \" \\t \"}", "INVALID_TEXT", "reason"),
                bad("a reason with a NUL", cancel, "{\"reason\": \"test" + NUL + "over\"}", "INVALID_TEXT", "reason"),
                bad("a reason with an escape sequence", cancel, "{\"reason\": \"\\u001b[2Jtest\"}", "INVALID_TEXT",
                        "reason"),
                bad("a reason of 501 characters", cancel, "{\"reason\": \"" + "x".repeat(501) + "\"}", "INVALID_TEXT",
                        "reason"),
                bad("a reason as a number", cancel, "{\"reason\": 42}", "INVALID_TEXT", "reason"),
                bad("a reason as a list", cancel, "{\"reason\": [\"test over\"]}", "INVALID_TEXT", "reason"),
                bad("a reason twice", cancel, "{\"reason\": \"a\", \"reason\": \"b\"}", "DUPLICATE_FIELD", "reason"),
                bad("a reason and a force", cancel, "{\"reason\": \"a\", \"force\": true}", "UNKNOWN_FIELD", "force"),
                bad("an empty cancel body", cancel, "", "MALFORMED_JSON", "body"),
                new Case("a cancel as text", cancel, MediaType.TEXT_PLAIN_VALUE, "test over", 415,
                        "UNSUPPORTED_MEDIA_TYPE", null));
    }

    static Stream<Case> lotCases() {
        String path = "/api/v1/lots";
        return Stream.of(
                bad("a misspelt criterion", path, lot("HOSTILE-LOT2", ", \"ward\": [\"13199\"]"), "UNKNOWN_FIELD", "ward"),
                bad("an unknown type", path, lot("HOSTILE-LOT2", ", \"types\": [\"CASTLE\"]"), "UNKNOWN_TYPE", "types[0]"),
                bad("a type for a list", path, lot("HOSTILE-LOT2", ", \"types\": \"OFFICE\""), "WRONG_TYPE", "types"),
                bad("a voltage class as a number", path, lot("HOSTILE-LOT2", ", \"voltageClasses\": [1]"),
                        "UNKNOWN_VOLTAGE_CLASS", "voltageClasses[0]"),
                bad("a null ward", path, lot("HOSTILE-LOT2", ", \"wards\": [null]"), "REQUIRED", "wards[0]"),
                bad("facility ids as an object", path, "{\"lotId\": \"HOSTILE-LOT2\", \"facilityIds\": {}}",
                        "WRONG_TYPE", "facilityIds"),
                bad("a lot id as a number", path, "{\"lotId\": 42, \"facilityIds\": [\"F-HOSTILE-1\"]}", "INVALID_ID",
                        "lotId"),
                bad("a lot id with a NUL", path, lot("HOSTILE" + NUL, ""), "INVALID_ID", "lotId"),
                bad("a name with a bell", path, lot("HOSTILE-LOT2", ", \"name\": \"ding\\u0007\""), "INVALID_TEXT", "name"),
                bad("a lot id twice", path, lot("HOSTILE-LOT2", ", \"lotId\": \"HOSTILE-LOT3\""), "DUPLICATE_FIELD",
                        "lotId"),
                bad("no lot id", path, "{\"facilityIds\": [\"F-HOSTILE-1\"]}", "REQUIRED", "lotId"));
    }

    static Stream<Case> retailerCases() {
        String path = "/api/v1/retailers";
        String ok = "HOSTILE-R2";
        return Stream.of(
                bad("an unknown field", path, retailer(ok, "", ", \"rating\": \"AAA\""), "UNKNOWN_FIELD", "rating"),
                bad("a security that expired in 2020", path, retailer(ok, "",
                        ", \"securityExpiresOn\": \"2020-03-31\""), "OUT_OF_RANGE", "securityExpiresOn"),
                bad("a security valid to the year 9999", path, retailer(ok, "",
                        ", \"securityExpiresOn\": \"9999-12-31\""), "OUT_OF_RANGE", "securityExpiresOn"),
                bad("a security expiring on 31 April", path, retailer(ok, "",
                        ", \"securityExpiresOn\": \"2027-04-31\""), "INVALID_DATE", "securityExpiresOn"),
                bad("an expiry as a number", path, retailer(ok, "", ", \"securityExpiresOn\": 20270331"),
                        "INVALID_DATE", "securityExpiresOn"),
                bad("a security as a string", path, retailer(ok, "", "").replace("10000000", "\"10000000\""),
                        "WRONG_TYPE", "securityYen"),
                bad("a security as a fraction", path, retailer(ok, "", "").replace("10000000", "10000000.5"),
                        "WRONG_TYPE", "securityYen"),
                bad("a security beyond long", path, retailer(ok, "", "").replace("10000000", "99999999999999999999"),
                        "OUT_OF_RANGE", "securityYen"),
                bad("a security above a quadrillion yen", path, retailer(ok, "", "").replace("10000000",
                        "1000000000000001"), "OUT_OF_RANGE", "securityYen"),
                bad("a negative security", path, retailer(ok, "", "").replace("10000000", "-1"),
                        "OUT_OF_RANGE", "securityYen"),
                bad("an eligibility above ten thousand tranches", path, retailer(ok, "", "").replace(
                        "\"eligibility\": 2", "\"eligibility\": 10001"), "OUT_OF_RANGE", "eligibility"),
                bad("a menu factor of three kilograms", path, retailer(ok, "", "").replace("\"0.000\"", "\"3.000\""),
                        "OUT_OF_RANGE", "menuFactor.value"),
                bad("an eligibility beyond int", path, retailer(ok, "", "").replace("\"eligibility\": 2",
                        "\"eligibility\": 3000000000"), "OUT_OF_RANGE", "eligibility"),
                bad("a registration number of another form", path, retailer(ok, "", "").replace("A9999", "B9999"),
                        "INVALID_REGISTRATION_NUMBER", "registrationNumber"),
                bad("a registration number as a number", path, retailer(ok, "", "").replace("\"A9999\"", "9999"),
                        "WRONG_TYPE", "registrationNumber"),
                bad("a factor as a JSON number", path, retailer(ok, "", "").replace("\"0.000\"", "0.0"),
                        "INVALID_FACTOR", "menuFactor.value"),
                bad("a factor of four decimals", path, retailer(ok, "", "").replace("\"0.000\"", "\"0.0001\""),
                        "INVALID_FACTOR", "menuFactor.value"),
                bad("a factor kind in capitals", path, retailer(ok, "", "").replace("\"adjusted\"", "\"Adjusted\""),
                        "INVALID_FACTOR_KIND", "menuFactor.kind"),
                bad("a fiscal year out of range", path, retailer(ok, "", "").replace("2024", "1800"), "INVALID_FIELD",
                        "menuFactor.fiscalYear"),
                bad("a fiscal year as a string", path, retailer(ok, "", "").replace("2024", "\"2024\""), "WRONG_TYPE",
                        "menuFactor.fiscalYear"),
                bad("an unknown factor field", path, retailer(ok, ", \"year\": 2024", ""), "UNKNOWN_FIELD",
                        "menuFactor.year"),
                bad("no menu factor", path, retailer(ok, "", "").replaceFirst("\"menuFactor\": \\{[^}]+},", ""),
                        "REQUIRED", "menuFactor"),
                bad("a retailer id starting with a dash", path, retailer("-R2", "", ""), "INVALID_ID", "retailerId"),
                bad("a retailer id with a NUL", path, retailer("R2" + NUL, "", ""), "INVALID_ID", "retailerId"),
                bad("a name with a line break", path, retailer(ok, "", "").replace("Hostile retailer", "Hostile\\nretailer"),
                        "INVALID_TEXT", "name"),
                bad("a retailer id twice", path, retailer(ok, "", ", \"retailerId\": \"HOSTILE-R3\""), "DUPLICATE_FIELD",
                        "retailerId"));
    }

    static Stream<Case> importCases() {
        String path = "/api/v1/facilities";
        String good = facilities("").replace("F-HOSTILE-1", "F-HOSTILE-2");
        return Stream.of(
                bad("an object for the array", path, "{}", "WRONG_TYPE", "body"),
                bad("a number for a facility", path, "[1]", "WRONG_TYPE", "[0]"),
                bad("a null facility", path, "[null]", "REQUIRED", "[0]"),
                bad("an unknown property", path, good.replace("}]", ", \"colour\": \"red\"}]"), "UNKNOWN_FIELD",
                        "[0].colour"),
                bad("kWh as a string", path, good.replace("3800000", "\"3800000\""), "WRONG_TYPE", "[0].annualKwh"),
                bad("kWh as a fraction", path, good.replace("3800000", "3800000.5"), "WRONG_TYPE", "[0].annualKwh"),
                bad("kWh beyond long", path, good.replace("3800000", "99999999999999999999"), "OUT_OF_RANGE",
                        "[0].annualKwh"),
                bad("a ward code as a number", path, good.replace("\"13199\"", "13199"), "WRONG_TYPE", "[0].wardCode"),
                bad("a price as a number", path, good.replace("\"28.00\"", "28.0"), "WRONG_TYPE", "[0].currentPrice"),
                bad("an id twice", path, good.replace("\"name\"", "\"id\": \"F-HOSTILE-3\", \"name\""), "DUPLICATE_FIELD",
                        "[0].id"),
                bad("a fiscal year as a string", path, good.replace("2022", "\"2022\""), "WRONG_TYPE",
                        "[0].baselineFactor.fiscalYear"),
                new Case("a price of three decimals", path, MediaType.APPLICATION_JSON_VALUE,
                        good.replace("\"28.00\"", "\"28.001\""), 422, "IMPORT_REJECTED", "currentPrice"),
                new Case("a name with a NUL", path, MediaType.APPLICATION_JSON_VALUE,
                        good.replace("Hostile hall", "Hostile" + NUL + "hall"), 422, "IMPORT_REJECTED", "name"),
                new Case("a name a spreadsheet would run", path, MediaType.APPLICATION_JSON_VALUE,
                        good.replace("Hostile hall", "=HYPERLINK(\\\"http://evil.example\\\",\\\"hall\\\")"), 422,
                        "IMPORT_REJECTED", "name"),
                new Case("an id that starts with a dash", path, MediaType.APPLICATION_JSON_VALUE,
                        good.replace("F-HOSTILE-2", "-1+2"), 422, "IMPORT_REJECTED", "id"),
                new Case("no facility", path, MediaType.APPLICATION_JSON_VALUE, "[]", 422, "IMPORT_REJECTED", ""),
                new Case("an import as text", path, MediaType.TEXT_PLAIN_VALUE, good, 415, "UNSUPPORTED_MEDIA_TYPE",
                        null));
    }
}
