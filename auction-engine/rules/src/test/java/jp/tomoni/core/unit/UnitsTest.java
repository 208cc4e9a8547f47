package jp.tomoni.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Units and rounding: integers in explicit units, half-up rounding, strict decimal text. */
class UnitsTest {

    @Test
    void pricesAreWholeHundredthsWrittenWithTwoDecimals() {
        assertThat(Price.parse("24.37").hundredths()).isEqualTo(2437);
        assertThat(Price.parse("30").toString()).isEqualTo("30.00");
        assertThat(Price.parse("0.5").toString()).isEqualTo("0.50");
    }

    @Test
    void aPriceWithThreeDecimalsASignOrAnExponentIsRefused() {
        for (String bad : new String[] {"24.375", "-1.00", "1e3", " 1.00", "1.", ".5", "", "1,00"}) {
            assertThatThrownBy(() -> Price.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void costIsKwhTimesPriceRoundedHalfUpToTheYen() {
        assertThat(Price.parse("29.05").costOf(Kwh.of(1_430_000)).value()).isEqualTo(41_541_500);
        assertThat(Price.parse("24.37").costOf(Kwh.of(1_235)).value()).isEqualTo(30_097);
        assertThat(Price.parse("0.50").costOf(Kwh.of(1)).value()).isEqualTo(1);
        assertThat(Price.parse("0.49").costOf(Kwh.of(1)).value()).isEqualTo(0);
    }

    @Test
    void aPercentageOfAPriceIsRoundedHalfUpInWholeHundredths() {
        assertThat(Price.parse("28.50").percent(Percentage.parse("5")).toString()).isEqualTo("1.43");
        assertThat(Price.parse("30.00").percent(Percentage.parse("1")).toString()).isEqualTo("0.30");
        assertThat(Percentage.parse("2.5").basisPoints()).isEqualTo(250);
    }

    @Test
    void factorsAreWholeGramsPerKwhWrittenWithThreeDecimals() {
        assertThat(EmissionFactor.parse("0.433").gramsPerKwh()).isEqualTo(433);
        assertThat(EmissionFactor.parse("0").toString()).isEqualTo("0.000");
        assertThatThrownBy(() -> EmissionFactor.parse("0.4331")).hasMessageContaining("more than 3 decimals");
    }

    @Test
    void carbonIsExactGramsShownRoundedHalfUp() {
        Carbon c = EmissionFactor.parse("0.433").emissionsOf(Kwh.of(3_800_000));
        assertThat(c.grams()).isEqualTo(1_645_400_000L);
        assertThat(c.tonnes()).isEqualTo(1_645);
        assertThat(c.tonnesOneDecimal()).isEqualTo("1645.4");
        assertThat(c.households()).isEqualTo(571);
        assertThat(new Carbon(500_000).tonnes()).isEqualTo(1);
        assertThat(new Carbon(499_999).tonnes()).isZero();
        assertThat(new Carbon(1_440_000).households()).isEqualTo(1);
        assertThat(new Carbon(-500).kilograms()).isEqualTo(-1);
    }
}
