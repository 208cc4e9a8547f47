package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoFormatTest {

    @Test
    void pricesRoundTripThroughHundredths() {
        assertThat(DemoFormat.parsePrice("27.30")).isEqualTo(2730);
        assertThat(DemoFormat.parsePrice("0.01")).isEqualTo(1);
        assertThat(DemoFormat.price(2730)).isEqualTo("27.30");
        assertThat(DemoFormat.price(2705)).isEqualTo("27.05");
        assertThat(DemoFormat.price(1)).isEqualTo("0.01");
        assertThat(DemoFormat.price(3000)).isEqualTo("30.00");
        assertThat(DemoFormat.price(-5)).isEqualTo("-0.05");
    }

    @Test
    void aPriceHasExactlyTwoDecimals() {
        assertThatThrownBy(() -> DemoFormat.parsePrice("27.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoFormat.parsePrice("27.305")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoFormat.parsePrice("27")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoFormat.parsePrice(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yenAndKwhAreGroupedByThousands() {
        assertThat(DemoFormat.yen(41_541_500)).isEqualTo("41,541,500 yen");
        assertThat(DemoFormat.yen(30_097)).isEqualTo("30,097 yen");
        assertThat(DemoFormat.yen(999)).isEqualTo("999 yen");
        assertThat(DemoFormat.yen(0)).isEqualTo("0 yen");
        assertThat(DemoFormat.yen(-3_040_000)).isEqualTo("-3,040,000 yen");
        assertThat(DemoFormat.yen(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808 yen");
        assertThat(DemoFormat.kwh(10_400_000)).isEqualTo("10,400,000 kWh");
        assertThat(DemoFormat.grouped(100_000)).isEqualTo("100,000");
    }

    @Test
    void tonnesKeepTheReportsDecimal() {
        assertThat(DemoFormat.tonnes("1645.4")).isEqualTo("1,645.4 t-CO2");
        assertThat(DemoFormat.tonnes("4503.2")).isEqualTo("4,503.2 t-CO2");
        assertThat(DemoFormat.tonnes("0.5")).isEqualTo("0.5 t-CO2");
        assertThat(DemoFormat.tonnes("-1234.5")).isEqualTo("-1,234.5 t-CO2");
        assertThat(DemoFormat.groupedDecimal("12345678")).isEqualTo("12,345,678");
        assertThat(DemoFormat.groupedDecimal("n/a")).isEqualTo("n/a");
        assertThat(DemoFormat.groupedDecimal(null)).isEqualTo("null");
    }
}
