package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.oldnotice.OutdatedStatement.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lawyer's review, M1-M5: a sentence is flagged outdated, and its facts not copied, only when it states the old
 * thing itself; a lawful sentence beside it keeps its facts.
 */
class OutdatedOnlyWhatTheLawNoLongerSupportsTest {

    @Test
    void todaysDataProtectionLegislationIsNotThePersonalDataAct() {
        OldNoticeReading today = read("Käyttötarkoitus",
                "Käsittelemme henkilötietoja voimassa olevan henkilötietolainsäädännön mukaisesti asiakassuhteen hoitamiseksi.");
        OldNoticeReading swedish = read("Ändamål", "Uppgifterna behandlas för att sköta kundförhållandet i enlighet med gällande personuppgiftslagstiftning.");

        assertThat(today.outdated()).isEmpty();
        assertThat(today.placed(FactField.PURPOSE)).isNotEmpty();
        assertThat(swedish.outdated()).isEmpty();
        assertThat(reasons("Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste.")).containsExactly(Reason.PERSONAL_DATA_ACT);
        assertThat(reasons("Registerbeskrivning enligt personuppgiftslagen.")).containsExactly(Reason.PERSONAL_DATA_ACT);
        assertThat(reasons("Rekisteröidyllä on henkilötietolakiin perustuva oikeus.")).containsExactly(Reason.PERSONAL_DATA_ACT);
    }

    @Test
    void theEPrivacyDirectiveIsInForce() {
        OldNoticeReading ePrivacy = read("Evästeet", "Evästeiden käyttö perustuu sähköisen viestinnän tietosuojadirektiiviin 2002/58/EY.");
        OldNoticeReading eu = read("Evästeet", "Noudatamme evästeitä koskevaa EU-direktiiviä ja käytämme evästeitä vain suostumuksella.");

        assertThat(ePrivacy.outdated()).isEmpty();
        assertThat(eu.outdated()).isEmpty();
        assertThat(eu.first(FactField.COOKIES_USED)).contains("YES");
        assertThat(reasons("Tiedot käsitellään tietosuojadirektiivin 95/46/EY mukaisesti.")).containsExactly(Reason.DATA_PROTECTION_DIRECTIVE);
        assertThat(reasons("Noudatamme EU:n tietosuojadirektiiviä.")).containsExactly(Reason.DATA_PROTECTION_DIRECTIVE);
    }

    @Test
    void theControllersOwnPoBox315IsTheControllersAddress() {
        OldNoticeReading own = OldNoticeRecogniser.read("1. Rekisterinpitäjä\n\nKoulutus Oy\n\nPL 315, 00101 Helsinki");
        OldNoticeReading ombudsman = read("Valitusoikeus", "Valituksen voi tehdä tietosuojavaltuutetulle, PL 315, 00181 Helsinki.");

        assertThat(own.outdated()).isEmpty();
        assertThat(own.first(FactField.CONTROLLER_STREET)).contains("PL 315");
        assertThat(own.first(FactField.CONTROLLER_POSTAL_CODE)).contains("00101");
        assertThat(ombudsman.outdated()).extracting(OutdatedStatement::reason).containsExactly(Reason.OLD_AUTHORITY_ADDRESS);
        assertThat(reasons("Tietosuojavaltuutetun toimisto, Albertinkatu 25 A, 00180 Helsinki.")).containsExactly(Reason.OLD_AUTHORITY_ADDRESS);
        assertThat(reasons("Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki.")).containsExactly(Reason.OLD_AUTHORITY_ADDRESS);
    }

    @Test
    void onceAYearIsALimitOnlyOnTheRightOfAccess() {
        OldNoticeReading source = read("Säännönmukaiset tietolähteet", "Osoitetiedot tarkistetaan väestötietojärjestelmästä kerran vuodessa.");
        OldNoticeReading security = read("Tietoturva", "Käyttöoikeudet tarkastetaan kerran vuodessa.");

        assertThat(source.outdated()).isEmpty();
        assertThat(source.first(FactField.SOURCE)).contains("POPULATION_INFORMATION_SYSTEM");
        assertThat(security.outdated()).isEmpty();
        assertThat(security.first(FactField.SECURITY_MEASURE)).contains("ACCESS_RIGHTS_BY_ROLE");
        assertThat(reasons("Tämä seloste tarkistetaan kerran vuodessa.")).isEmpty();
        assertThat(reasons("Tarkastusoikeuden käyttäminen on maksutonta, kun edellisestä tarkastuksesta on kulunut vähintään vuosi."))
                .containsExactly(Reason.ACCESS_REQUEST_LIMIT);
        assertThat(reasons("Tarkastuspyynnöstä peritään 15 euron käsittelymaksu.")).containsExactly(Reason.ACCESS_REQUEST_LIMIT);
        assertThat(reasons("Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa."))
                .containsExactly(Reason.ACCESS_REQUEST_LIMIT);
        assertThat(reasons("Tarkastusoikeuden käyttäminen on maksutonta.")).isEmpty();
        assertThat(reasons("Lisäjäljennöksistä voidaan periä kohtuullinen maksu tarkastuspyynnön yhteydessä.")).isEmpty();
    }

    @Test
    void aRequestMayBeOfferedInWritingButNotDemanded() {
        OldNoticeReading offered = read("Rekisteröidyn oikeudet", "Voit lähettää pyynnön kirjallisesti sähköpostitse osoitteeseen info@yritys.fi.");
        OldNoticeReading signed = read("Security", "Employees with access to the data have signed a confidentiality agreement.");

        assertThat(offered.outdated()).isEmpty();
        assertThat(signed.outdated()).isEmpty();
        assertThat(signed.first(FactField.SECURITY_MEASURE)).contains("CONFIDENTIALITY_OBLIGATION");
        assertThat(reasons("Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle.")).containsExactly(Reason.WRITTEN_REQUEST_REQUIRED);
        assertThat(reasons("Tarkastuspyyntö on tehtävä omakätisesti allekirjoitetulla kirjeellä.")).containsExactly(Reason.WRITTEN_REQUEST_REQUIRED);
        assertThat(reasons("Pyynnön voi esittää vain henkilökohtaisesti toimipisteessämme.")).containsExactly(Reason.WRITTEN_REQUEST_REQUIRED);
        assertThat(reasons("Sinulla on oikeus esittää pyyntö kirjallisesti tai suullisesti.")).isEmpty();
    }

    private static OldNoticeReading read(String heading, String sentence) {
        return OldNoticeRecogniser.read(heading + "\n\n" + sentence);
    }

    private static List<Reason> reasons(String sentence) {
        return OldNoticeRecogniser.read("Muuta\n\n" + sentence).outdated().stream().map(OutdatedStatement::reason).toList();
    }
}
