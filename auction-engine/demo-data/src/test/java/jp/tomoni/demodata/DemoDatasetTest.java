package jp.tomoni.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import jp.tomoni.reference.PublicBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDatasetTest {

    private static final String HEADER = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,"
            + "current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year,"
            + "name_ja";

    private static final int WARD = 0;
    private static final int ID = 1;
    private static final int NAME = 2;
    private static final int NAME_JA = 11;
    private static final int TYPE = 3;
    private static final int VOLTAGE = 4;
    private static final int CONTRACT_KW = 5;
    private static final int KWH = 6;
    private static final int PRICE = 7;
    private static final int FACTOR = 8;
    private static final int FACTOR_KIND = 9;
    private static final int FACTOR_YEAR = 10;

    private static final String CSV = DemoDatasetGenerator.csv();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoDatasetTest.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<String[]> rows() {
        String[] lines = CSV.split("\n", -1);
        List<String[]> rows = new ArrayList<>();
        for (int i = 2; i < lines.length - 1; i++) {
            rows.add(lines[i].split(",", -1));
        }
        return rows;
    }

    private static String[] row(String facilityId) {
        return rows().stream().filter(r -> r[ID].equals(facilityId)).findFirst().orElseThrow();
    }

    @Test
    void shippedCsvEqualsGeneratorOutputByteForByte() throws IOException {
        assertThat(resource("/demo/facilities-23-wards.csv")).isEqualTo(CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void generationIsDeterministic() {
        assertThat(DemoDatasetGenerator.csv()).isEqualTo(CSV);
    }

    @Test
    void mainWritesTheCsvToTheGivenPath(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.csv");
        DemoDatasetGenerator.main(new String[] {out.toString()});
        assertThat(Files.readAllBytes(out)).isEqualTo(CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void startsWithIllustrativeCommentThenExactHeaderAndUsesLfOnly() {
        String[] lines = CSV.split("\n", -1);
        assertThat(lines[0]).startsWith("#").contains("Illustrative").contains("not any ward's official data");
        assertThat(lines[1]).isEqualTo(HEADER);
        assertThat(CSV).doesNotContain("\r").endsWith("\n");
        assertThat(lines[lines.length - 1]).isEmpty();
    }

    @Test
    void everyRowHasTwelveFieldsAndOnlyThePriceMayBeEmpty() {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeBetween(150, 250);
        for (String[] r : rows) {
            assertThat(r).as(String.join(",", r)).hasSize(12);
            for (int i = 0; i < r.length; i++) {
                if (i != PRICE) {
                    assertThat(r[i]).as("field %d of %s", i, r[ID]).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyWardHasExactlyOneHeadOffice() {
        Map<String, Long> headOffices = rows().stream()
                .filter(r -> r[ID].endsWith("-HQ"))
                .collect(Collectors.groupingBy(r -> r[WARD], TreeMap::new, Collectors.counting()));
        Set<String> expectedCodes = new HashSet<>();
        for (int code = 13101; code <= 13123; code++) {
            expectedCodes.add(Integer.toString(code));
        }
        assertThat(headOffices.keySet()).containsExactlyInAnyOrderElementsOf(expectedCodes);
        assertThat(headOffices.values()).containsOnly(1L);
        for (String[] r : rows()) {
            assertThat(expectedCodes).contains(r[WARD]);
            if (r[ID].endsWith("-HQ")) {
                assertThat(r[ID]).isEqualTo("F-" + r[WARD] + "-HQ");
                assertThat(r[TYPE]).isEqualTo("OFFICE");
                assertThat(r[NAME]).endsWith(" ward head office");
            }
        }
    }

    @Test
    void headOfficesAverageExactlyThePlanningFigure() {
        List<Long> kwh = rows().stream().filter(r -> r[ID].endsWith("-HQ")).map(r -> Long.parseLong(r[KWH])).toList();
        long sum = kwh.stream().mapToLong(Long::longValue).sum();
        assertThat(kwh).hasSize(23);
        assertThat(sum).isEqualTo(87_400_000L);
        assertThat(sum / kwh.size()).isEqualTo(3_800_000L);
        assertThat(sum % kwh.size()).isZero();
    }

    @Test
    void publishedBuildingFiguresAreUsed() {
        assertThat(row("F-13111-HQ")[KWH]).isEqualTo("2600000");
        assertThat(row("F-13111-HQ")[NAME]).isEqualTo("Ota ward head office");
        assertThat(row("F-13123-HQ")[KWH]).isEqualTo("2150000");
        assertThat(row("F-13123-HQ")[NAME]).isEqualTo("Edogawa ward head office");
        String[] second = row("F-13109-B2");
        assertThat(second[WARD]).isEqualTo("13109");
        assertThat(second[NAME]).isEqualTo("Shinagawa ward second building");
        assertThat(second[TYPE]).isEqualTo("OFFICE");
        assertThat(second[KWH]).isEqualTo("1430000");
    }

    @Test
    void facilityIdsAreUniqueAndReadable() {
        List<String> ids = rows().stream().map(r -> r[ID]).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (String[] r : rows()) {
            assertThat(r[ID]).matches("F-" + r[WARD] + "-(HQ|B2|(SCH|JHS|NUR|LIB|SPO|COM)-\\d{2})");
        }
    }

    @Test
    void otherFacilitiesPerWardAndTheirKwhFollowThePerKindRanges() {
        Map<String, long[]> ranges = Map.of(
                "SCH", new long[] {150_000, 400_000}, "JHS", new long[] {200_000, 500_000},
                "NUR", new long[] {30_000, 80_000}, "LIB", new long[] {100_000, 400_000},
                "SPO", new long[] {400_000, 1_500_000}, "COM", new long[] {60_000, 250_000});
        Map<String, Long> othersPerWard = new TreeMap<>();
        for (String[] r : rows()) {
            long kwh = Long.parseLong(r[KWH]);
            assertThat(kwh % 1_000).as(r[ID]).isZero();
            String[] parts = r[ID].split("-");
            if (parts.length == 4) {
                assertThat(kwh).as(r[ID]).isBetween(ranges.get(parts[2])[0], ranges.get(parts[2])[1]);
                othersPerWard.merge(r[WARD], 1L, Long::sum);
            }
        }
        assertThat(othersPerWard).hasSize(23);
        assertThat(othersPerWard.values()).allSatisfy(n -> assertThat(n).isBetween(6L, 10L));
    }

    @Test
    void contractKwFollowsTheLoadFactorAndVoltageClassFollowsContractKw() {
        for (String[] r : rows()) {
            long kw = Long.parseLong(r[CONTRACT_KW]);
            long kwh = Long.parseLong(r[KWH]);
            long divisor = 8760L * FacilityType.valueOf(r[TYPE]).loadFactorPercent();
            assertThat(kw).as(r[ID]).isEqualTo((kwh * 100 + divisor - 1) / divisor);
            String expected = kw < 50 ? "LOW" : kw < 2000 ? "HIGH" : "EXTRA_HIGH";
            assertThat(r[VOLTAGE]).as(r[ID]).isEqualTo(expected);
        }
        assertThat(row("F-13111-HQ")[CONTRACT_KW]).isEqualTo("660");
        assertThat(row("F-13123-HQ")[CONTRACT_KW]).isEqualTo("546");
        assertThat(row("F-13109-B2")[CONTRACT_KW]).isEqualTo("363");
        assertThat(rows()).anyMatch(r -> r[VOLTAGE].equals("LOW")).anyMatch(r -> r[VOLTAGE].equals("HIGH"));
    }

    @Test
    void voltageClassThresholds() {
        assertThat(VoltageClass.ofContractKw(0)).isEqualTo(VoltageClass.LOW);
        assertThat(VoltageClass.ofContractKw(49)).isEqualTo(VoltageClass.LOW);
        assertThat(VoltageClass.ofContractKw(50)).isEqualTo(VoltageClass.HIGH);
        assertThat(VoltageClass.ofContractKw(1999)).isEqualTo(VoltageClass.HIGH);
        assertThat(VoltageClass.ofContractKw(2000)).isEqualTo(VoltageClass.EXTRA_HIGH);
        assertThat(FacilityType.OFFICE.contractKw(3_800_000)).isEqualTo(964);
        assertThat(FacilityType.OFFICE.contractKw(3_942)).isEqualTo(1);
        assertThat(FacilityType.OFFICE.contractKw(3_943)).isEqualTo(2);
    }

    @Test
    void pricesHaveTwoDecimalsAreInTheirVoltageBandAndAboutFivePercentAreUnknown() {
        long unknown = 0;
        for (String[] r : rows()) {
            if (r[PRICE].isEmpty()) {
                unknown++;
                continue;
            }
            assertThat(r[PRICE]).as(r[ID]).matches("\\d{2}\\.\\d{2}");
            long hundredths = Long.parseLong(r[PRICE].replace(".", ""));
            switch (r[VOLTAGE]) {
                case "LOW" -> assertThat(hundredths).as(r[ID]).isBetween(2_900L, 3_400L);
                case "HIGH" -> assertThat(hundredths).as(r[ID]).isBetween(2_600L, 3_000L);
                default -> assertThat(hundredths).as(r[ID]).isBetween(2_300L, 2_700L);
            }
        }
        assertThat(unknown).isPositive();
        assertThat(unknown * 100).isLessThanOrEqualTo(10L * rows().size());
    }

    @Test
    void baselineFactorIsThePlanningFigureWithThreeDecimals() {
        for (String[] r : rows()) {
            assertThat(r[FACTOR]).matches("\\d\\.\\d{3}").isEqualTo("0.433");
            assertThat(r[FACTOR_KIND]).isEqualTo("adjusted");
            assertThat(r[FACTOR_YEAR]).isEqualTo("2022");
        }
    }

    @Test
    void typesAreKnownAndNamesStartWithTheWardNameInBothLanguages() {
        Set<String> types = Set.of("OFFICE", "SCHOOL", "NURSERY", "LIBRARY", "SPORTS_CENTRE", "COMMUNITY_CENTRE");
        for (String[] r : rows()) {
            assertThat(types).contains(r[TYPE]);
            assertThat(r[NAME]).startsWith(PublicBodies.standard().nameEn(r[WARD]) + " ");
            assertThat(r[NAME_JA]).startsWith(PublicBodies.standard().nameJa(r[WARD]));
        }
        assertThat(rows()).extracting(r -> r[NAME_JA]).contains("千代田区役所本庁舎", "品川区役所第二庁舎",
                "千代田区立小学校 1");
    }
}
