package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecogniserDetailsTest {

    @Test
    void anAddressWrittenWithAtInBracketsIsAnEmailAddress() {
        for (String written : List.of("anna(at)kahvila.fi", "anna [at] kahvila.fi", "anna(ät)kahvila.fi", "anna@kahvila.fi")) {
            OldNoticeReading reading = OldNoticeRecogniser.read("1. Rekisterinpitäjä\n\nKahvila Oy\n\nSähköposti: " + written);
            assertThat(reading.first(FactField.CONTROLLER_EMAIL)).as(written).contains("anna@kahvila.fi");
        }
    }

    @Test
    void aBusinessIdIsPlacedOnlyWithARightCheckDigitAndAnOldSixDigitIdIsPadded() {
        OldNoticeReading right = OldNoticeRecogniser.read("Rekisterinpitäjä\n\nKahvila Oy\n\nY-tunnus: 245974-7");
        OldNoticeReading wrong = OldNoticeRecogniser.read("Rekisterinpitäjä\n\nKahvila Oy\n\nY-tunnus: 0245974-8");

        assertThat(right.first(FactField.CONTROLLER_BUSINESS_ID)).contains("0245974-7");
        assertThat(wrong.first(FactField.CONTROLLER_BUSINESS_ID)).isEmpty();
        assertThat(wrong.unplaced()).anySatisfy(u -> {
            assertThat(u.sentence()).isEqualTo("Y-tunnus: 0245974-8");
            assertThat(u.reason()).isEqualTo(UnplacedStatement.Reason.INVALID_BUSINESS_ID);
        });
    }

    @Test
    void statementsTheLawNoLongerSupportsAreFlaggedAndNotCopied() {
        String text = "Rekisteriseloste\n\nHenkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste.\n\n"
                + "Tarkastusoikeus\n\nRekisteröidyllä on oikeus tarkastaa tietonsa maksutta kerran vuodessa. "
                + "Tarkastuspyyntö on tehtävä omakätisesti allekirjoitetulla kirjeellä. "
                + "Valituksen voi tehdä tietosuojavaltuutetulle, Ratapihantie 9, 00520 Helsinki.\n\n"
                + "Tietojen suojaus\n\nHetiL:n mukaisesti tiedot suojataan palomuurilla.";

        OldNoticeReading reading = OldNoticeRecogniser.read(text);

        assertThat(reading.outdated()).extracting(OutdatedStatement::reason).containsExactly(
                OutdatedStatement.Reason.PERSONAL_DATA_ACT, OutdatedStatement.Reason.ACCESS_REQUEST_LIMIT,
                OutdatedStatement.Reason.WRITTEN_REQUEST_REQUIRED, OutdatedStatement.Reason.OLD_AUTHORITY_ADDRESS,
                OutdatedStatement.Reason.PERSONAL_DATA_ACT);
        assertThat(reading.placed()).as("nothing is taken from a flagged sentence").isEmpty();
    }

    @Test
    void aNoticeWrittenAsATableWithLabelsOnTheLeftIsReadLikeOneWithHeadings() throws Exception {
        String page = "<table>"
                + "<tr><td>Rekisterinpitäjä</td><td>Kahvila Mäkelä Oy</td></tr>"
                + "<tr><td>Y-tunnus</td><td>2077474-0</td></tr>"
                + "<tr><td>Osoite</td><td>Kauppatie 3, 00100 Helsinki</td></tr>"
                + "<tr><td>Yhteyshenkilö</td><td>Maija Mäkelä, toimitusjohtaja</td></tr>"
                + "<tr><td>Rekisterin nimi</td><td>Kanta-asiakasrekisteri</td></tr>"
                + "<tr><td>Säilytysaika</td><td>Tiedot säilytetään 10 vuotta asiakkuuden päättymisestä.</td></tr>"
                + "<tr><td>Siirrot EU:n ulkopuolelle</td><td>Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</td></tr>"
                + "</table>";

        OldNoticeReading reading = OldNoticeRecogniser.read(OldNoticeText.read(SavedAs.utf8(page), OldNoticeFormat.HTML));

        assertThat(reading.first(FactField.CONTROLLER_NAME)).contains("Kahvila Mäkelä Oy");
        assertThat(reading.first(FactField.CONTROLLER_BUSINESS_ID)).contains("2077474-0");
        assertThat(reading.first(FactField.CONTROLLER_TOWN)).contains("Helsinki");
        assertThat(reading.first(FactField.CONTACT_NAME)).contains("Maija Mäkelä");
        assertThat(reading.first(FactField.CONTACT_ROLE)).contains("toimitusjohtaja");
        assertThat(reading.first(FactField.REGISTER_NAME)).contains("Kanta-asiakasrekisteri");
        assertThat(reading.first(FactField.RETENTION)).contains("END_OF_RELATIONSHIP_PLUS_YEARS/10");
        assertThat(reading.first(FactField.TRANSFERS_OUTSIDE_EEA)).contains("NO");
        assertThat(reading.placed(FactField.SYSTEM)).as("'Kanta-asiakas' is a loyal customer, not the Kanta services").isEmpty();
    }

    @Test
    void whatTheTextDoesNotSayIsNotPlaced() {
        String text = "Evästeet\n\nEmme käytä Google Analyticsia. Jos otamme käyttöön evästeitä, kerromme siitä.\n\n"
                + "Rekisteröidyn oikeudet\n\nValitus: tietosuoja@om.fi, 029 566 6700.";

        OldNoticeReading reading = OldNoticeRecogniser.read(text);

        assertThat(reading.placed()).isEmpty();
        assertThat(reading.unplaced()).extracting(UnplacedStatement::reason)
                .contains(UnplacedStatement.Reason.CONDITIONAL, UnplacedStatement.Reason.NOT_RECOGNISED);
    }

    @Test
    void anEnglishNoticeHasItsHeadingsAndWordingsRecognised() {
        String text = "Privacy notice\n\nController\n\nRoastery Ltd, 1572860-0\n\nData protection officer\n\nprivacy@roastery.fi\n\n"
                + "Purpose and legal basis\n\nPersonal data is processed to deliver orders. The legal basis is the performance of a contract.\n\n"
                + "Cookies\n\nWe use cookies and Google Analytics on our website.\n\n"
                + "Transfers\n\nData is not transferred outside the EU/EEA.";

        OldNoticeReading reading = OldNoticeRecogniser.read(text);

        assertThat(reading.language()).isEqualTo(fi.seloste.domain.Language.EN);
        assertThat(reading.first(FactField.CONTROLLER_NAME)).contains("Roastery Ltd");
        assertThat(reading.first(FactField.DPO_EMAIL)).contains("privacy@roastery.fi");
        assertThat(reading.first(FactField.PURPOSE)).contains("deliver orders");
        assertThat(reading.first(FactField.LEGAL_BASIS)).contains("CONTRACT");
        assertThat(reading.first(FactField.COOKIES_USED)).contains("YES");
        assertThat(reading.placed(FactField.SYSTEM)).extracting(PlacedFact::value).containsExactly("google-analytics");
        assertThat(reading.first(FactField.TRANSFERS_OUTSIDE_EEA)).contains("NO");
    }
}
