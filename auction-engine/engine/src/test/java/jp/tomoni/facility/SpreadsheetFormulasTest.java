package jp.tomoni.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run are recognised and, in exports, shown as text; numbers stay numbers. */
class SpreadsheetFormulasTest {

    @Test
    void formulasAreRecognisedByTheirFirstCharacter() {
        for (String formula : new String[] {"=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1",
                "=HYPERLINK(\"http://x\",\"y\")"}) {
            assertThat(SpreadsheetFormulas.startsLikeOne(formula)).as(formula).isTrue();
            assertThat(SpreadsheetFormulas.neutralised(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String text : new String[] {"Chiyoda ward office", "F-13101-HQ", "千代田区役所", "a=b", ""}) {
            assertThat(SpreadsheetFormulas.startsLikeOne(text)).as(text).isFalse();
            assertThat(SpreadsheetFormulas.neutralised(text)).isEqualTo(text);
        }
    }

    @Test
    void aNegativeNumberIsNotNeutralised() {
        assertThat(SpreadsheetFormulas.neutralised("-1250")).isEqualTo("-1250");
        assertThat(SpreadsheetFormulas.neutralised("-0.25")).isEqualTo("-0.25");
        assertThat(SpreadsheetFormulas.neutralised("-1,250")).isEqualTo("'-1,250");
    }
}
