package fi.seloste.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The EU/EEA is the 27 member states and Iceland, Liechtenstein and Norway; Switzerland and the UK are outside it. */
class EuEeaTest {

    @Test
    void theTwentySevenAndIcelandLiechtensteinAndNorwayNotSwitzerlandOrTheUnitedKingdom() {
        assertThat(EuEea.MEMBER_STATES).hasSize(30).contains("FI", "SE", "IE", "CY", "HR", "IS", "LI", "NO")
                .doesNotContain("GB", "CH");
        assertThat(EuEea.MEMBER_STATES).allSatisfy(code -> assertThat(Country.isCode(code)).as(code).isTrue());
        assertThat(EuEea.includes("CH")).isFalse();
        assertThat(EuEea.includes("GB")).isFalse();
    }

    @Test
    void alandAndFrancesOutermostRegionsAreInsideButGreenlandTheFaroesAndSvalbardAreNot() {
        assertThat(EuEea.includes("AX")).isTrue();
        assertThat(EuEea.includes("RE")).isTrue();
        assertThat(EuEea.REGIONS_IN_THE_EU).allSatisfy(code -> assertThat(Country.isCode(code)).as(code).isTrue());
        assertThat(EuEea.includes("GL")).isFalse();
        assertThat(EuEea.includes("FO")).isFalse();
        assertThat(EuEea.includes("SJ")).isFalse();
    }
}
