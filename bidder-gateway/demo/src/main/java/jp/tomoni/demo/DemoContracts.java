package jp.tomoni.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * The contract sheets at the end of the demo: every public body signs its own supply contracts, so the engine
 * writes one sheet per body and winner (docs/engine.md, "Contract sheets"). This fetches the list and each sheet's
 * page and CSV into {@code contracts/} of the output directory, under the names the list gives them.
 */
final class DemoContracts {

    private DemoContracts() {
    }

    /**
     * Writes every sheet of the auction's award to {@code dir/contracts}, emptied first.
     *
     * @return the folder and how many sheets it holds
     */
    static Saved save(OfficerClient officer, String auctionId, Path dir) {
        JsonNode list = officer.getJson("/api/v1/auctions/" + auctionId + "/contracts", "Fetching the contract sheets");
        Path folder = dir.resolve("contracts");
        int sheets = 0;
        try {
            if (Files.isDirectory(folder)) {
                try (var old = Files.list(folder)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(folder);
            for (JsonNode sheet : list.path("sheets")) {
                String name = sheet.path("file").asString();
                if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    throw new DemoException("The engine named a contract sheet \"" + name
                            + "\", not a plain file name");
                }
                Files.writeString(folder.resolve(name + ".html"), officer.getText(sheet.path("html").asString(),
                        "Fetching " + name + ".html"), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(name + ".csv"), officer.getText(sheet.path("csv").asString(),
                        "Fetching " + name + ".csv"), StandardCharsets.UTF_8);
                sheets++;
            }
        } catch (IOException e) {
            throw new DemoException("Could not write the contract sheets to " + folder.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        return new Saved(folder.toAbsolutePath(), sheets, list.path("supplyPeriod"));
    }

    /**
     * What {@link #save} wrote.
     *
     * @param folder       where
     * @param sheets       how many sheets, each as HTML and CSV
     * @param supplyPeriod the auction's supply period ({@code start}, {@code end})
     */
    record Saved(Path folder, int sheets, JsonNode supplyPeriod) {

        /** The line the demo prints: {@code 41 contract sheets (one per body and winner), supply 2027-04-01 to ...}. */
        String summary() {
            return sheets + " contract sheets, one per ward and winner, in Japanese and English (HTML and CSV);"
                    + " supply period " + supplyPeriod.path("start").asString() + " to "
                    + supplyPeriod.path("end").asString();
        }
    }
}
