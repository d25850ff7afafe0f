package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A notice written on the numbered template most Finnish small businesses copied under the old law (made up for
 * this test, not a real business), and one of the largest text Seloste accepts: read right, and in bounded time.
 */
class TemplateNoticeTest {

    static final String TEMPLATE = """
            REKISTERI- JA TIETOSUOJASELOSTE

            Tämä on Tilitoimisto Esimerkki Oy:n henkilötietolain (10 ja 24 §) ja EU:n yleisen tietosuoja-asetuksen (GDPR) mukainen rekisteri- ja tietosuojaseloste. Laadittu 12.5.2018.

            1. Rekisterinpitäjä
            Tilitoimisto Esimerkki Oy
            Y-tunnus 1572860-0
            Kauppakatu 12 B 4, 40100 Jyväskylä
            Muut yhteystiedot: puh. 014 123 4567, toimisto(at)esimerkki.fi
            www.esimerkki.fi

            2. Yhteyshenkilö rekisteriä koskevissa asioissa
            Nimi: Leena Esimerkki
            Rooli: toimitusjohtaja
            leena.esimerkki@esimerkki.fi, 040 765 4321

            3. Rekisterin nimi
            Asiakasrekisteri

            4. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus
            EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta: sopimuksen täytäntöönpano.
            Henkilötietojen käsittelyn tarkoitus on yhteydenpito asiakkaisiin, asiakassuhteen ylläpito ja kirjanpitopalvelujen tuottaminen.

            5. Rekisterin tietosisältö
            Henkilön nimi, asema, yritys, yhteystiedot (puhelinnumero, sähköpostiosoite, osoite), henkilötunnus, laskutustiedot, tiedot tilatuista palveluista.

            6. Säännönmukaiset tietolähteet
            Rekisteriin tallennettavat tiedot saadaan asiakkaalta sähköpostitse, puhelimitse ja asiakastapaamisissa. Lisäksi tietoja tarkistetaan kaupparekisteristä.

            7. Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle
            Tietoja ei säännönmukaisesti luovuteta muille. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

            8. Tietojen säilytysaika
            Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti 10 vuotta. Muut tiedot säilytetään 2 vuotta asiakassuhteen päättymisen jälkeen.

            9. Rekisterin suojauksen periaatteet
            Rekisteriä käsitellään huolellisesti, ja tietojärjestelmien avulla käsiteltävät tiedot suojataan asianmukaisesti. Tiedot ovat Procountor-palvelussa, johon kirjaudutaan kaksivaiheisella tunnistautumisella. Rekisterinpitäjä huolehtii, että tietoja käsitellään luottamuksellisesti ja vain niiden työntekijöiden toimesta, joiden työnkuvaan se kuuluu. Paperiset asiakirjat säilytetään lukitussa kaapissa ja hävitetään silppuamalla.

            10. Evästeet
            Emme käytä sivuillamme evästeitä.

            11. Automaattinen päätöksenteko
            Rekisterin tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin.

            12. Tarkastusoikeus ja oikeus vaatia tiedon korjaamista
            Jokaisella rekisterissä olevalla henkilöllä on oikeus tarkistaa rekisteriin tallennetut tietonsa kerran vuodessa maksutta. Mikäli henkilö haluaa tarkistaa hänestä tallennetut tiedot, pyyntö tulee lähettää kirjallisesti ja omakätisesti allekirjoitettuna rekisterinpitäjälle.
            """;

    @Test
    void theNumberedTemplateIsRead() {
        OldNoticeReading reading = OldNoticeRecogniser.read(TEMPLATE);

        assertThat(reading.first(FactField.CONTROLLER_NAME)).contains("Tilitoimisto Esimerkki Oy");
        assertThat(reading.first(FactField.CONTROLLER_BUSINESS_ID)).contains("1572860-0");
        assertThat(reading.first(FactField.CONTROLLER_STREET)).contains("Kauppakatu 12 B 4");
        assertThat(reading.first(FactField.CONTROLLER_POSTAL_CODE)).contains("40100");
        assertThat(reading.first(FactField.CONTROLLER_TOWN)).contains("Jyväskylä");
        assertThat(reading.first(FactField.CONTROLLER_PHONE)).contains("014 123 4567");
        assertThat(reading.first(FactField.CONTROLLER_EMAIL)).contains("toimisto@esimerkki.fi");
        assertThat(reading.first(FactField.CONTROLLER_WEBSITE)).contains("www.esimerkki.fi");
        assertThat(reading.first(FactField.CONTACT_NAME)).contains("Leena Esimerkki");
        assertThat(reading.first(FactField.CONTACT_ROLE)).contains("toimitusjohtaja");
        assertThat(reading.first(FactField.CONTACT_EMAIL)).contains("leena.esimerkki@esimerkki.fi");
        assertThat(reading.first(FactField.CONTACT_PHONE)).contains("040 765 4321");
        assertThat(reading.first(FactField.REGISTER_NAME)).contains("Asiakasrekisteri");
        assertThat(reading.placed(FactField.LEGAL_BASIS)).extracting(PlacedFact::value).containsExactly("CONTRACT");
        assertThat(reading.placed(FactField.PURPOSE)).extracting(PlacedFact::value)
                .containsExactly("yhteydenpito asiakkaisiin", "asiakassuhteen ylläpito", "kirjanpitopalvelujen tuottaminen");
        assertThat(reading.placed(FactField.DATA_CATEGORY)).extracting(PlacedFact::value).contains("Henkilön nimi",
                "yhteystiedot (puhelinnumero, sähköpostiosoite, osoite)", "henkilötunnus", "laskutustiedot");
        assertThat(reading.placed(FactField.SOURCE)).extracting(PlacedFact::value).containsExactly("DATA_SUBJECT", "OTHER_PUBLIC_REGISTER");
        assertThat(reading.first(FactField.OTHER_DISCLOSURES)).contains("NO");
        assertThat(reading.first(FactField.TRANSFERS_OUTSIDE_EEA)).contains("NO");
        assertThat(reading.placed(FactField.RETENTION)).extracting(PlacedFact::value)
                .containsExactly("ACCOUNTING_BOOKS", "END_OF_RELATIONSHIP_PLUS_YEARS/2");
        assertThat(reading.placed(FactField.SYSTEM)).extracting(PlacedFact::value).containsExactly("procountor");
        assertThat(reading.placed(FactField.SECURITY_MEASURE)).extracting(PlacedFact::value).contains("STRONG_AUTHENTICATION",
                "LOCKED_CABINET", "SHREDDING")
                .as("'käsitellään luottamuksellisesti' is no obligation binding everyone (lawyer's review M12)")
                .doesNotContain("CONFIDENTIALITY_OBLIGATION");
        assertThat(reading.first(FactField.COOKIES_USED)).contains("NO");
        assertThat(reading.first(FactField.AUTOMATED_DECISIONS)).contains("NO");
        assertThat(reading.first(FactField.PROFILING)).contains("NO");
        assertThat(reading.outdated()).extracting(OutdatedStatement::reason).containsExactly(
                OutdatedStatement.Reason.PERSONAL_DATA_ACT, OutdatedStatement.Reason.ACCESS_REQUEST_LIMIT,
                OutdatedStatement.Reason.WRITTEN_REQUEST_REQUIRED);
    }

    @Test
    void theLongestTextAcceptedIsReadInBoundedTime() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < OldNoticeLimits.MAX_TEXT_CHARS - TEMPLATE.length()) {
            text.append(TEMPLATE);
        }
        String longest = OldNoticeText.pasted(text.toString());
        String oneParagraph = OldNoticeText.pasted("nimi, osoite ja (at) ".repeat(OldNoticeLimits.MAX_TEXT_CHARS / 22));

        long start = System.nanoTime();
        OldNoticeReading reading = OldNoticeRecogniser.read(longest);
        OldNoticeRecogniser.read(oneParagraph);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(reading.first(FactField.CONTROLLER_NAME)).contains("Tilitoimisto Esimerkki Oy");
    }
}
