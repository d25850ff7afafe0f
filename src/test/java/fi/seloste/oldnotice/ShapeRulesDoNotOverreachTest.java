package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules added for the shapes of real notices (ShapesOfRealNoticesReadTest), where they must stop: a bullet
 * that says something is no heading, a lead-in that is not about data opens no data list, a basis named about
 * cookies is not the register's, access "only with a personal password" says how and not who.
 */
class ShapeRulesDoNotOverreachTest {

    @Test
    void aBulletThatSaysSomethingIsReadNotTakenForAHeading() {
        OldNoticeReading reading = OldNoticeRecogniser.read("""
                Rekisterin suojaus

                • Tiedot säilytetään lukitussa kaapissa.
                • Rekisterin nimi
                """);

        assertThat(reading.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value).containsExactly("LOCKED_CABINET");
        assertThat(reading.placed(FactField.REGISTER_NAME)).isEmpty();
    }

    @Test
    void onlyWithPersonalCredentialsSaysHowNotWho() {
        OldNoticeReading reading = OldNoticeRecogniser.read("""
                Rekisterin suojauksen periaatteet

                Tiedot ovat palvelussa, johon pääsee vain henkilökohtaisella käyttäjätunnuksella.
                """);

        assertThat(reading.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value)
                .containsExactly("PERSONAL_ACCOUNTS");
    }

    @Test
    void linesInSmallLettersAfterAColonAreItemsButAWrappedSentenceGoesOn() {
        assertThat(Paragraphs.of("The register contains:\nname\nphone number\nRegular Sources"))
                .containsExactly("The register contains:", "• name", "• phone number", "Regular Sources");
        assertThat(Paragraphs.of("Tietoja käytetään asiakassuhteen hoitoon, laskutukseen ja\nmarkkinointiin."))
                .containsExactly("Tietoja käytetään asiakassuhteen hoitoon, laskutukseen ja markkinointiin.");
        assertThat(Paragraphs.of("Sähköposti:\nmaija(at)esimerkki.fi")).containsExactly("Sähköposti:", "maija(at)esimerkki.fi");
    }

    @Test
    void aBasisNamedForCookiesIsNotTheRegistersAndALeadInOfSourcesOpensNoDataList() {
        OldNoticeReading reading = OldNoticeRecogniser.read("""
                Evästeet

                Analytiikkaevästeiden käyttö perustuu suostumukseen.

                Säännönmukaiset tietolähteet

                Tietoja kerätään:

                • asiakkaalta itseltään
                """);

        assertThat(reading.placed(FactField.LEGAL_BASIS)).isEmpty();
        assertThat(reading.placed(FactField.DATA_CATEGORY)).isEmpty();
        assertThat(reading.placed(FactField.SOURCE)).extracting(PlacedFact::value).containsExactly("DATA_SUBJECT");
    }

    @Test
    void aTitleLineInTheContactsBlockIsTheRoleAndABusinessIdWithItsLetterIsCheckedAsAnyOther() {
        OldNoticeReading reading = OldNoticeRecogniser.read("""
                Rekisterinpitäjä

                Tilitoimisto Esimerkki Y-1572860-1

                Yhteyshenkilö

                Leena Esimerkki
                Toimitusjohtaja
                """);

        assertThat(reading.first(FactField.CONTACT_NAME)).contains("Leena Esimerkki");
        assertThat(reading.first(FactField.CONTACT_ROLE)).contains("Toimitusjohtaja");
        assertThat(reading.placed(FactField.CONTROLLER_BUSINESS_ID)).isEmpty();
        assertThat(reading.unplaced()).extracting(UnplacedStatement::reason).contains(UnplacedStatement.Reason.INVALID_BUSINESS_ID);
    }

    @Test
    void aTitleBeforeTheNameIsSplitOnlyWhenItIsInSmallLettersAndWhatTheNoticeCallsTheBusinessIsNotItsName() {
        OldNoticeReading reading = OldNoticeRecogniser.read("""
                Rekisterinpitäjä

                Hieronta Niskapiste (jäljempänä Yritys)

                Yhteyshenkilö

                Koulutettu hieroja Tuomas Rinne
                """);
        OldNoticeReading capitals = OldNoticeRecogniser.read("Yhteyshenkilö\n\nAnna-Maj Blomgren\n");

        assertThat(reading.first(FactField.CONTROLLER_NAME)).contains("Hieronta Niskapiste");
        assertThat(reading.first(FactField.CONTACT_ROLE)).contains("Koulutettu hieroja");
        assertThat(reading.first(FactField.CONTACT_NAME)).contains("Tuomas Rinne");
        assertThat(capitals.first(FactField.CONTACT_NAME)).contains("Anna-Maj Blomgren");
        assertThat(capitals.placed(FactField.CONTACT_ROLE)).isEmpty();
    }

    @Test
    void aRegisterNamedAgainUnderItsHeadingIsOneRegisterAndAnotherNameIsASecond() {
        OldNoticeReading once = OldNoticeRecogniser.read("Potilasrekisteri\n\n3. Rekisterin nimi\n\nPotilasrekisteri\n");
        OldNoticeReading twice = OldNoticeRecogniser.read("3. Rekisterin nimi\n\nAsiakasrekisteri\n\n8. Rekisterin nimi\n\nMarkkinointirekisteri\n");

        assertThat(once.registers()).isEqualTo(1);
        assertThat(twice.registers()).isEqualTo(2);
    }

    @Test
    void aDashBetweenSpacesJoinsAnAreaCodeButNotAPeriodOfTime() {
        OldNoticeReading reading = OldNoticeRecogniser.read("Rekisterinpitäjä\n\nPuhelin: 08 – 542 5010\n\nAvoinna 09 – 17\n");

        assertThat(reading.placed(FactField.CONTROLLER_PHONE)).extracting(PlacedFact::value).containsExactly("08 – 542 5010");
    }

    @Test
    void aWordBeginningWithUtomIsNoException() {
        OldNoticeReading reading = OldNoticeRecogniser.read("Uppgifterna lämnas inte ut till utomstående.\n\nUppgifterna lämnas inte ut utom till Skatteförvaltningen.\n");

        assertThat(reading.placed(FactField.OTHER_DISCLOSURES)).extracting(PlacedFact::sentence)
                .containsExactly("Uppgifterna lämnas inte ut till utomstående.");
    }
}
