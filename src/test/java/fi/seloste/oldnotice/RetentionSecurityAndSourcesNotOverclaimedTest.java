package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lawyer's review, M11-M13: a retention period no shorter than the text says, no security measure the owner did
 * not claim, no source the text does not name as one.
 */
class RetentionSecurityAndSourcesNotOverclaimedTest {

    @Test
    void keptDuringTheRelationshipAndAfterIsNotDeletedWhenItEnds() {
        OldNoticeReading andAfter = read("Säilytys", "Tietoja säilytetään asiakassuhteen ajan ja sen jälkeen kirjanpitolain edellyttämän ajan.");
        OldNoticeReading during = read("Säilytys", "Tietoja säilytetään asiakassuhteen ajan.");

        assertThat(andAfter.placed(FactField.RETENTION)).extracting(PlacedFact::value).doesNotContain("END_OF_RELATIONSHIP_PLUS_YEARS/0");
        assertThat(andAfter.unplaced()).extracting(UnplacedStatement::sentence)
                .containsExactly("Tietoja säilytetään asiakassuhteen ajan ja sen jälkeen kirjanpitolain edellyttämän ajan.");
        assertThat(during.placed(FactField.RETENTION)).extracting(PlacedFact::value).containsExactly("END_OF_RELATIONSHIP_PLUS_YEARS/0");
    }

    @Test
    void theLawAsAnExceptionIsNotTheRuleAndAsLongAsNeededIsAsLongAsThePurposeNeeds() {
        OldNoticeReading unless = read("Säilytys", "Tiedot poistetaan, kun niitä ei enää tarvita, ellei laki edellytä pidempää säilytystä.");
        OldNoticeReading law = read("Säilytys", "Tietoja säilytetään niin kauan kuin laki edellyttää.");

        assertThat(unless.placed(FactField.RETENTION)).extracting(PlacedFact::value).containsExactly("AS_LONG_AS_PURPOSE_NEEDS");
        assertThat(law.placed(FactField.RETENTION)).extracting(PlacedFact::value).containsExactly("AS_REQUIRED_BY_LAW");
    }

    @Test
    void encryptionInTransitIsNotEncryptionAtRest() {
        OldNoticeReading transit = read("Tietoturva", "Tiedot salataan tiedonsiirron aikana.");
        OldNoticeReading rest = read("Tietoturva", "Tiedot on salattu.");

        assertThat(transit.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value).containsExactly("ENCRYPTION_IN_TRANSIT");
        assertThat(rest.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value).containsExactly("ENCRYPTION_AT_REST");
    }

    @Test
    void confidentialHandlingIsNoConfidentialityObligation() {
        OldNoticeReading boilerplate = read("Tietoturva", "Tiedot käsitellään luottamuksellisesti.");
        OldNoticeReading obligation = read("Tietoturva", "Tietoja käsitteleviä työntekijöitä sitoo vaitiolovelvollisuus.");

        assertThat(boilerplate.placed(FactField.SECURITY_MEASURE)).isEmpty();
        assertThat(obligation.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value).containsExactly("CONFIDENTIALITY_OBLIGATION");
    }

    @Test
    void aSharedPasswordIsNotPersonalAccounts() {
        OldNoticeReading shared = read("Tietoturva", "Järjestelmään kirjaudutaan yhteisellä salasanalla.");
        OldNoticeReading own = read("Tietoturva", "Järjestelmään kirjaudutaan henkilökohtaisella salasanalla.");

        assertThat(shared.placed(FactField.SECURITY_MEASURE)).isEmpty();
        assertThat(own.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value).containsExactly("PERSONAL_ACCOUNTS");
    }

    @Test
    void aRegisterTheDataIsNotTakenFromIsNoSource() {
        OldNoticeReading notUpdated = read("Säännönmukaiset tietolähteet", "Tietoja ei päivitetä väestötietojärjestelmästä.");
        OldNoticeReading updated = read("Säännönmukaiset tietolähteet", "Osoitetiedot päivitetään väestötietojärjestelmästä.");
        OldNoticeReading toTheRegister = read("Tietojen säännönmukaiset luovutukset", "Maksamattomat laskut voidaan ilmoittaa luottotietorekisteriin.");
        OldNoticeReading toTheRegisterElsewhere = read("Perintä", "Maksamattomat laskut voidaan ilmoittaa luottotietorekisteriin.");
        OldNoticeReading fromTheRegister = read("Laskutus", "Luottotiedot tarkistetaan luottotietorekisteristä.");

        assertThat(notUpdated.placed(FactField.SOURCE)).isEmpty();
        assertThat(updated.placed(FactField.SOURCE)).extracting(PlacedFact::value).containsExactly("POPULATION_INFORMATION_SYSTEM");
        assertThat(toTheRegister.placed(FactField.SOURCE)).isEmpty();
        assertThat(toTheRegisterElsewhere.placed(FactField.SOURCE)).isEmpty();
        assertThat(fromTheRegister.placed(FactField.SOURCE)).extracting(PlacedFact::value).containsExactly("CREDIT_INFORMATION_REGISTER");
    }

    private static OldNoticeReading read(String heading, String sentence) {
        return OldNoticeRecogniser.read(heading + "\n\n" + sentence);
    }
}
