package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice that sets several registers apart becomes a draft with each register its own; one register stays one. */
class SeveralRegistersInOneNoticeTest {

    private static final String TWO = "Tietosuojaseloste\n\nRekisterinpitäjä\n\nKahvila Papu Oy, 2077474-0\n\n"
            + "Asiakasrekisteri\n\nKäyttötarkoitus\n\nHenkilötietoja käsitellään asiakassuhteen hoitamiseksi. Oikeusperuste on sopimus.\n\n"
            + "Rekisterin tietosisältö\n\nRekisterissä käsiteltäviä tietoja ovat nimi, osoite ja puhelinnumero.\n\n"
            + "Tietoja luovutetaan Verohallinnolle.\n\n"
            + "Markkinointirekisteri\n\nKäyttötarkoitus\n\nHenkilötietoja käsitellään uutiskirjeen lähettämiseksi. Oikeusperuste on suostumus.\n\n"
            + "Rekisterin tietosisältö\n\nRekisterissä käsiteltäviä tietoja ovat nimi ja sähköpostiosoite.\n\n"
            + "Järjestelmät\n\nUutiskirjeet lähetetään Mailchimpin kautta.\n\n"
            + "Rekisterin suojauksen periaatteet\n\nKäyttö edellyttää kirjautumista tietojärjestelmään.";

    @Test
    void eachRegisterHasTheValuesOfItsOwnPartAndTheBusinessValuesAreSaidOnce() {
        OldNoticeReading reading = OldNoticeRecogniser.read(TWO);
        Notice draft = DraftFromOldNotice.draft(reading);

        assertThat(draft.registers()).extracting(r -> r.name().fi()).containsExactly("Asiakasrekisteri", "Markkinointirekisteri");
        Register customers = draft.registers().get(0);
        Register marketing = draft.registers().get(1);
        assertThat(customers.id()).isNotEqualTo(marketing.id());
        assertThat(customers.purposes()).extracting(Purpose::basis).containsExactly(LegalBasis.CONTRACT);
        assertThat(marketing.purposes()).extracting(Purpose::basis).containsExactly(LegalBasis.CONSENT);
        assertThat(customers.dataCategories()).extracting(c -> c.label().fi()).containsExactly("nimi", "osoite", "puhelinnumero");
        assertThat(marketing.dataCategories()).extracting(c -> c.label().fi()).containsExactly("nimi", "sähköpostiosoite");
        assertThat(customers.recipients()).extracting(r -> r.name().fi()).containsExactly("Verohallinto");
        assertThat(marketing.recipients()).isEmpty();
        assertThat(draft.controller().name()).isEqualTo("Kahvila Papu Oy");
        assertThat(draft.systemsOf(marketing)).extracting(SystemUse::catalogId).containsExactly("mailchimp");
        assertThat(draft.systemsOf(customers)).isEmpty();

        List<FromOldNotice> marks = MarksFromOldNotice.of(reading, draft);
        assertThat(marks).filteredOn(m -> m.field().field() == PlacedFieldKey.Field.REGISTER_NAME)
                .extracting(m -> m.field().registerId() + "=" + m.value())
                .containsExactly(customers.id() + "=Asiakasrekisteri", marketing.id() + "=Markkinointirekisteri");
        assertThat(marks).filteredOn(m -> m.field().field() == PlacedFieldKey.Field.DATA_CATEGORY && m.field().registerId() == marketing.id())
                .extracting(FromOldNotice::value).containsExactly("nimi", "sähköpostiosoite");
        assertThat(marks).filteredOn(m -> m.field().field() == PlacedFieldKey.Field.PURPOSE_BASIS)
                .extracting(m -> m.field().registerId() + "=" + m.value())
                .containsExactly(customers.id() + "=CONTRACT", marketing.id() + "=CONSENT");
        assertThat(marks).filteredOn(m -> m.field().field() == PlacedFieldKey.Field.SECURITY_MEASURE).isNotEmpty()
                .allSatisfy(m -> assertThat(m.field().registerId()).isNull());
    }

    @Test
    void aSecondRegisterNameHeadingAlsoBeginsTheNextRegister() {
        String text = "Tietosuojaseloste\n\nRekisterinpitäjä\n\nKahvila Papu Oy, 2077474-0\n\nRekisterin nimi\n\nAsiakasrekisteri\n\n"
                + "Käyttötarkoitus\n\nTietoja käytetään laskutukseen.\n\nRekisterin nimi\n\nHenkilöstörekisteri\n\n"
                + "Käyttötarkoitus\n\nTietoja käytetään palkanmaksuun.";
        Notice draft = DraftFromOldNotice.draft(OldNoticeRecogniser.read(text));

        assertThat(draft.registers()).extracting(r -> r.name().fi()).containsExactly("Asiakasrekisteri", "Henkilöstörekisteri");
        assertThat(draft.registers().get(0).purposes()).hasSize(1);
        assertThat(draft.registers().get(1).purposes()).hasSize(1);
    }

    @Test
    void aNoticeOfOneRegisterStaysOneEvenWithItsNameUnderItsHeadingOrInItsTitle() {
        for (String seed : List.of(Seeds.BEAUTY_SALON, Seeds.PHYSIOTHERAPY)) {
            OldNoticeReading reading = OldNoticeRecogniser.read(Seeds.text(seed));
            assertThat(reading.registers()).as(seed).isEqualTo(1);
            assertThat(DraftFromOldNotice.draft(reading).registers()).as(seed).hasSize(1);
        }
        String titled = "Tietosuojaseloste – asiakasrekisteri\n\nRekisterinpitäjä\n\nKahvila Papu Oy, 2077474-0\n\n"
                + "Käyttötarkoitus\n\nTietoja käytetään laskutukseen.\n\nAsiakasrekisteri\n\nRekisterin tietosisältö\n\nnimi ja osoite";
        Notice draft = DraftFromOldNotice.draft(OldNoticeRecogniser.read(titled));
        assertThat(draft.registers()).as("the heading after the purposes names the one register").singleElement()
                .satisfies(r -> {
                    assertThat(r.name().fi()).isEqualTo("Asiakasrekisteri");
                    assertThat(r.purposes()).hasSize(1);
                });
    }
}
