package jp.tomoni.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tomoni.reference.PublicBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The award at the end of the demo: fetches the report (JSON and CSVs) and the scenario export from the
 * engine, writes them to the output directory, and prints the award and a per-ward table. Every figure is
 * the engine's: whole kWh and yen, tonnes as the report's one-decimal strings; nothing is recomputed here.
 */
final class DemoReport {

    /** A link to a file beside the page: no scheme, no leading slash, no fragment or query. */
    private static final Pattern RELATIVE_LINK = Pattern.compile("href=\"([A-Za-z0-9][A-Za-z0-9._-]*)\"");
    private static final String CO2_PER_HOUSEHOLD = "2.88 t-CO2 per household a year, the national figure for FY2020";

    private DemoReport() {
    }

    /** Writes the scenario export to {@code dir}; answers its path. */
    static Path saveScenario(OfficerClient officer, String auctionId, Path dir) {
        String base = "/api/v1/auctions/" + auctionId;
        return write(dir.resolve(auctionId + "-scenario.json"), officer.getText(base + "/scenario",
                "Exporting the scenario"));
    }

    /**
     * Fetches the report, its CSVs and the self-contained HTML report in Japanese and English, and writes them
     * to {@code dir} under the names the engine gives its downloads (docs/award-report.md), which are the
     * names the offline pages link to; answers the report. The pages' links are checked against the files.
     */
    static JsonNode saveReport(OfficerClient officer, String auctionId, Path dir, Map<String, Path> written) {
        String base = "/api/v1/auctions/" + auctionId;
        JsonNode report = officer.getJson(base + "/report", "Fetching the award report");
        String pretty = DemoHttp.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n";
        String json = auctionId + "-report.json";
        written.put(json, write(dir.resolve(json), pretty));
        for (String table : new String[] {"facilities", "wards", "winners"}) {
            String name = auctionId + "-" + table + ".csv";
            written.put(name, write(dir.resolve(name), officer.getText(base + "/report/" + table + ".csv",
                    "Fetching " + table + ".csv")));
        }
        for (String lang : new String[] {"ja", "en"}) {
            String name = "tomoni-award-" + auctionId + "-" + lang + ".html";
            String html = officer.getText(base + "/report.html?lang=" + lang + "&download=true", "Fetching " + name);
            written.put(name, write(dir.resolve(name), html));
        }
        return report;
    }

    /** Fails when an offline page among {@code written} links to a file that is not beside it. */
    static void checkOfflineLinks(Map<String, Path> written) {
        for (Path file : written.values()) {
            if (file.toString().endsWith(".html")) {
                List<String> missing;
                try {
                    missing = missingLinks(Files.readString(file, StandardCharsets.UTF_8), file.getParent());
                } catch (IOException e) {
                    throw new DemoException("Could not read " + file + ": " + e.getMessage(), e);
                }
                if (!missing.isEmpty()) {
                    throw new DemoException(file.getFileName() + " links to files the demo did not write: " + missing);
                }
            }
        }
    }

    /** The files the offline pages link to that are not in {@code dir} (relative links only). */
    static List<String> missingLinks(String html, Path dir) {
        List<String> missing = new ArrayList<>();
        Matcher link = RELATIVE_LINK.matcher(html);
        while (link.find()) {
            if (!Files.isRegularFile(dir.resolve(link.group(1))) && !missing.contains(link.group(1))) {
                missing.add(link.group(1));
            }
        }
        return missing;
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8).toAbsolutePath();
        } catch (IOException e) {
            throw new DemoException("Could not write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Prints the award: status and how it was {@code approved}, price, winners, totals, CO2 and the factors behind
     * them.
     */
    static void printAward(JsonNode view, JsonNode report, Map<String, String> names, String approved,
                           PrintStream out) {
        out.println();
        out.println("Award (ILLUSTRATIVE data: not any ward's official data)");
        out.println("  Status:          " + view.path("outcome").asString() + ", " + approved);
        out.println("  Clearing price:  " + report.path("price").asString()
                + " yen/kWh, the same for every winner (uniform price)");
        out.println("    " + clearingNote(view, report.path("price").asString()));
        out.println("  Winners:");
        for (JsonNode w : report.path("winners")) {
            String id = w.path("bidder").asString();
            JsonNode plan = w.path("planFactor");
            int tranches = w.path("tranches").asInt();
            out.printf("    %-9s %-32s %2d %-8s %16s %20s a year  plan factor %s%n", id, names.getOrDefault(id, ""),
                    tranches, tranches == 1 ? "tranche" : "tranches", DemoFormat.kwh(w.path("annualKwh").asLong()),
                    DemoFormat.yen(w.path("annualCostYen").asLong()), factor(plan));
        }
        JsonNode totals = report.path("totals");
        out.println("  Total annual cost:  " + DemoFormat.yen(totals.path("annualCostYen").asLong()) + " for "
                + DemoFormat.kwh(totals.path("annualKwh").asLong()) + " at " + totals.path("facilities").asInt()
                + " facilities");
        int unknown = totals.path("facilitiesWithoutCurrentPrice").asInt();
        out.println("  Total saving:       " + DemoFormat.yen(totals.path("savingYen").asLong())
                + " a year against today's prices" + (unknown == 0 ? ""
                : " (" + unknown + " facilities without a current price are left out)"));
        out.println("  CO2 reduction:      " + DemoFormat.tonnes(totals.path("co2ReductionT").asString())
                + " a year, as much as " + DemoFormat.grouped(totals.path("households").asLong())
                + " households emit (" + CO2_PER_HOUSEHOLD + ")");
        out.println("  Baseline factor:    " + String.join("; ", baselines(report)));
    }

    /**
     * Why the clearing price is what it is: a round's own price when supply met the tranches exactly (or in
     * round 1), else an exit price between the last two rounds' prices.
     */
    static String clearingNote(JsonNode view, String price) {
        JsonNode rounds = view.path("rounds");
        JsonNode last = rounds.path(rounds.size() - 1);
        if (!rounds.isEmpty() && price.equals(last.path("price").asString(""))) {
            return "(The last round's price: supply met the tranches in round " + last.path("round").asInt() + ".)";
        }
        return "(Not a round's price: when supply fell below the tranches, the tranches dropped in the last round"
                + " refilled the shortfall, lowest exit price first; the exit price of the last one used clears.)";
    }

    /** Prints figures per ward, with the wards' English names, and the total. */
    static void printWards(JsonNode report, PrintStream out) {
        out.println();
        out.println("Per ward (ILLUSTRATIVE data)");
        String format = "    %-5s  %-10s  %10s  %13s  %16s  %14s  %10s  %10s%n";
        out.printf(format, "Code", "Ward", "Facilities", "kWh a year", "Cost yen a year", "Saving yen", "t-CO2 cut",
                "Households");
        for (JsonNode ward : report.path("wards")) {
            String code = ward.path("ward").asString();
            row(out, format, code, PublicBodies.standard().nameEn(code), ward);
        }
        row(out, format, "", "Total", report.path("totals"));
    }

    private static void row(PrintStream out, String format, String code, String name, JsonNode f) {
        out.printf(format, code, name, DemoFormat.grouped(f.path("facilities").asLong()),
                DemoFormat.grouped(f.path("annualKwh").asLong()), DemoFormat.grouped(f.path("annualCostYen").asLong()),
                DemoFormat.grouped(f.path("savingYen").asLong()), DemoFormat.groupedDecimal(f.path("co2ReductionT").asString()),
                DemoFormat.grouped(f.path("households").asLong()));
    }

    private static Set<String> baselines(JsonNode report) {
        Set<String> factors = new LinkedHashSet<>();
        for (JsonNode f : report.path("facilities")) {
            JsonNode baseline = f.path("baselineFactor");
            factors.add(factor(baseline) + ("0.433".equals(baseline.path("value").asString())
                    ? ", the wards' planning figure (1,645 t-CO2 / 3.8 GWh), not a real supplier's" : ""));
        }
        return factors;
    }

    /** A factor as {@code 0.433 kg-CO2/kWh (adjusted, FY2022)}. */
    static String factor(JsonNode f) {
        return f.path("value").asString() + " kg-CO2/kWh (" + f.path("kind").asString() + ", FY"
                + f.path("fiscalYear").asInt() + ")";
    }

    /** The files written, with their absolute paths, and how to check the result independently. */
    static void printFiles(Map<String, Path> written, Path replayJar, Path scenario, PrintStream out) {
        out.println();
        out.println("Files");
        int width = written.keySet().stream().mapToInt(String::length).max().orElse(0);
        written.forEach((name, path) -> out.printf("    %-" + width + "s  %s%n", name, path));
        out.println();
        out.println("Check the award independently: replay the exported scenario (no server, no database):");
        out.println("    java -jar " + replayJar + " replay " + scenario);
    }
}
