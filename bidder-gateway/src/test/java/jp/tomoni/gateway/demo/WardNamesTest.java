package jp.tomoni.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WardNamesTest {

    @Test
    void holdsThe23SpecialWardsInCodeOrder() {
        assertThat(WardNames.all()).hasSize(23);
        assertThat(WardNames.all().keySet())
                .containsExactlyElementsOf(IntStream.rangeClosed(13101, 13123).mapToObj(Integer::toString).toList());
        assertThat(WardNames.all().values()).doesNotHaveDuplicates().allMatch(name -> name.matches("[A-Z][a-z]+"));
    }

    @Test
    void namesWardsAsTheReferenceDataDoes() {
        assertThat(WardNames.english("13101")).isEqualTo("Chiyoda");
        assertThat(WardNames.english("13103")).isEqualTo("Minato");
        assertThat(WardNames.english("13109")).isEqualTo("Shinagawa");
        assertThat(WardNames.english("13111")).isEqualTo("Ota");
        assertThat(WardNames.english("13117")).isEqualTo("Kita");
        assertThat(WardNames.english("13122")).isEqualTo("Katsushika");
        assertThat(WardNames.english("13123")).isEqualTo("Edogawa");
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertThat(WardNames.english("13201")).isEqualTo("13201");
    }
}
