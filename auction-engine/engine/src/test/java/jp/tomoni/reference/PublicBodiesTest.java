package jp.tomoni.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference data holds the bodies of {@code reference-data.md}, exactly. */
class PublicBodiesTest {

    private final PublicBodies bodies = PublicBodies.standard();

    @Test
    void theTwentyThreeSpecialWardsInCodeOrder() {
        List<PublicBody> wards = bodies.ofKind(PublicBody.Kind.SPECIAL_WARD);
        assertThat(wards).hasSize(23);
        for (int i = 0; i < wards.size(); i++) {
            assertThat(wards.get(i).code()).isEqualTo(Integer.toString(13101 + i));
            assertThat(wards.get(i).nameJa()).endsWith("区");
            assertThat(wards.get(i).prefectureEn()).isEqualTo("Tokyo");
        }
        assertThat(bodies.byCode("13101")).hasValueSatisfying(b -> {
            assertThat(b.nameJa()).isEqualTo("千代田区");
            assertThat(b.nameEn()).isEqualTo("Chiyoda");
        });
        assertThat(bodies.nameJa("13123")).isEqualTo("江戸川区");
    }

    @Test
    void theOtherBodiesWithTheSameProgramme() {
        assertThat(bodies.ofKind(PublicBody.Kind.CITY)).extracting(PublicBody::code, PublicBody::nameEn,
                        PublicBody::prefectureJa)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("11100", "Saitama City", "埼玉県"),
                        org.assertj.core.groups.Tuple.tuple("11208", "Tokorozawa", "埼玉県"),
                        org.assertj.core.groups.Tuple.tuple("13205", "Ome", "東京都"));
    }

    @Test
    void anUnknownCodeIsShownAsItself() {
        assertThat(bodies.byCode("99999")).isEmpty();
        assertThat(bodies.nameEn("99999")).isEqualTo("99999");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLine() {
        String header = "code,name_ja,name_en,kind,prefecture_ja,prefecture_en\n";
        assertThatThrownBy(() -> PublicBodies.parse(header + "13101,千代田区,Chiyoda,SPECIAL_WARD,東京都\n", "x.csv"))
                .hasMessage("x.csv line 2 does not have 6 cells");
        assertThatThrownBy(() -> PublicBodies.parse(header + "13101,a,b,CITY,c,d\n13101,a,b,CITY,c,d\n", "x.csv"))
                .hasMessage("x.csv line 3 repeats code 13101");
        assertThatThrownBy(() -> PublicBodies.parse("code,name\n", "x.csv")).hasMessageContaining("header");
    }
}
