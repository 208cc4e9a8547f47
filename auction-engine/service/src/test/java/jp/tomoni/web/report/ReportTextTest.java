package jp.tomoni.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.tomoni.reference.PublicBodies;
import jp.tomoni.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** The report's text helpers: languages, dictionaries, ward names, number grouping, escaping. */
class ReportTextTest {

    @Test
    void languagesAreJaByDefaultAndEnOnRequest() {
        assertThat(ReportLanguage.parse(null)).isEqualTo(ReportLanguage.JA);
        assertThat(ReportLanguage.parse("")).isEqualTo(ReportLanguage.JA);
        assertThat(ReportLanguage.parse("ja")).isEqualTo(ReportLanguage.JA);
        assertThat(ReportLanguage.parse("en")).isEqualTo(ReportLanguage.EN);
        for (String bad : new String[] {"fr", "EN", "en-US", " ja"}) {
            assertThatThrownBy(() -> ReportLanguage.parse(bad)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(e.code()).isEqualTo("UNKNOWN_LANGUAGE");
                assertThat(e.field()).isEqualTo("lang");
            });
        }
    }

    @Test
    void bothDictionariesHaveTheSameLabelsAndNoneIsEmpty() {
        ReportDictionary ja = ReportDictionary.of(ReportLanguage.JA);
        ReportDictionary en = ReportDictionary.of(ReportLanguage.EN);
        assertThat(ja.keys()).isEqualTo(en.keys()).hasSizeGreaterThan(100);
        for (String key : ja.keys()) {
            assertThat(ja.text(key)).as(key).isNotBlank();
            assertThat(en.text(key)).as(key).isNotBlank();
        }
        assertThat(ja.text("fiscalYear", "2022")).isEqualTo("2022年度");
        assertThatThrownBy(() -> en.text("no.such.label")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wardNamesInBothLanguagesAndUnknownMunicipalitiesByCode() {
        Phrases ja = new Phrases(ReportDictionary.of(ReportLanguage.JA), PublicBodies.standard());
        Phrases en = new Phrases(ReportDictionary.of(ReportLanguage.EN), PublicBodies.standard());
        assertThat(ja.ward("13101")).isEqualTo("千代田区");
        assertThat(en.ward("13101")).isEqualTo("Chiyoda");
        assertThat(ja.ward("13123")).isEqualTo("江戸川区");
        assertThat(en.ward("11208")).isEqualTo("Tokorozawa");
        assertThat(ja.ward("27100")).isEqualTo("27100");
    }

    @Test
    void numbersAreGroupedByThousandsWithoutChangingADigit() {
        assertThat(Numbers.grouped(0)).isEqualTo("0");
        assertThat(Numbers.grouped(999)).isEqualTo("999");
        assertThat(Numbers.grouped(1_000)).isEqualTo("1,000");
        assertThat(Numbers.grouped(-1_234_567)).isEqualTo("-1,234,567");
        assertThat(Numbers.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
        assertThat(Numbers.grouped("1645.4")).isEqualTo("1,645.4");
        assertThat(Numbers.grouped("27.30")).isEqualTo("27.30");
        assertThat(Numbers.grouped("-12345.67")).isEqualTo("-12,345.67");
        assertThatThrownBy(() -> Numbers.grouped("1e5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escaping() {
        assertThat(ReportTemplate.ESCAPER.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        String json = "{\"name\":\"</script><script>alert(1)</script> & \u2028\"}";
        String island = ReportTemplate.jsonIsland(json);
        assertThat(island).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(island)).isEqualTo(mapper.readTree(json));
    }
}
