package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.Answer;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recipients, transfers outside the EU/EEA with their countries, and named cookies, each only where the text says so. */
class RecipientsTransfersAndCookiesTest {

    private static final String HEAD = "Tietosuojaseloste\n\nRekisterinpitäjä\n\nKahvila Papu Oy, 2077474-0\n\n";

    private static Register register(Notice notice) {
        return notice.registers().get(0);
    }

    private static List<String> names(Register register) {
        return register.recipients().stream().map(r -> r.name().fi().isEmpty() ? r.name().in(fi.seloste.domain.Language.SV).isEmpty()
                ? r.name().en() : r.name().sv() : r.name().fi()).toList();
    }

    @Test
    void regularDisclosuresNameTheirRecipientsInTheirBaseFormAndEachIsMarked() {
        String text = HEAD + "Tietojen säännönmukaiset luovutukset\n\nTietoja luovutetaan säännönmukaisesti Kelalle suorakorvausta varten "
                + "ja Tilipalvelu Virtanen Oy:lle kirjanpitoa varten. Palkkatiedot luovutetaan lain perusteella Verohallinnolle.";
        OldNoticeReading reading = OldNoticeRecogniser.read(text);
        Notice draft = DraftFromOldNotice.draft(reading);

        assertThat(names(register(draft))).containsExactly("Kela", "Tilipalvelu Virtanen Oy", "Verohallinto");
        assertThat(register(draft).recipients()).extracting(Recipient::kind)
                .containsExactly(RecipientKind.REGULAR, RecipientKind.REGULAR, RecipientKind.STATUTORY);
        List<FromOldNotice> marks = MarksFromOldNotice.of(reading, draft);
        assertThat(marks).filteredOn(m -> m.field().field() == PlacedFieldKey.Field.RECIPIENT)
                .extracting(m -> m.field().item() + "=" + m.value())
                .containsExactly("0=Kela", "1=Tilipalvelu Virtanen Oy", "2=Verohallinto");
    }

    @Test
    void aLabelledListUnderTheHeadingAndSwedishAndEnglishWordings() {
        Notice fi = DraftFromOldNotice.draft(OldNoticeRecogniser.read(HEAD + "Vastaanottajat\n\nKela, Verohallinto ja tilitoimisto"));
        assertThat(names(register(fi))).containsExactly("Kela", "Verohallinto", "tilitoimisto");

        Notice sv = DraftFromOldNotice.draft(OldNoticeRecogniser.read("Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\n\nKaffe Ab, 2077474-0\n\n"
                + "Mottagare\n\nUppgifterna lämnas ut till Skatteförvaltningen och till vår bokföringsbyrå för bokföringen."));
        assertThat(register(sv).recipients()).extracting(r -> r.name().sv()).containsExactly("Skatteförvaltningen", "bokföringsbyrå");

        Notice en = DraftFromOldNotice.draft(OldNoticeRecogniser.read("Privacy notice\n\nController\n\nCoffee Ltd, 2077474-0\n\n"
                + "Recipients\n\nWe disclose data to the Finnish Tax Administration on its request."));
        assertThat(register(en).recipients()).singleElement().satisfies(r -> {
            assertThat(r.name().en()).isEqualTo("Tax Administration");
            assertThat(r.kind()).isEqualTo(RecipientKind.OCCASIONAL);
        });
    }

    @Test
    void aNameInPassingOrInADenialIsNoRecipientButTheOneLetInIs() {
        String passing = HEAD + "Tietojen luovutukset\n\nPotilastiedot tallennetaan Kanta-palveluihin, joita ylläpitää Kela. "
                + "Voit hakea Kela-korvausta hoidoista.\n\nTietolähteet\n\nTiedot saadaan asiakkaalta ja Kelalta.";
        assertThat(OldNoticeRecogniser.read(passing).placed(FactField.RECIPIENT)).isEmpty();

        String denied = HEAD + "Tietojen luovutukset\n\nTietoja ei luovuteta Kelalle eikä tilitoimistolle.";
        assertThat(OldNoticeRecogniser.read(denied).placed(FactField.RECIPIENT)).isEmpty();

        String only = HEAD + "Tietojen luovutukset\n\nTietoja ei luovuteta muille kuin Verohallinnolle.";
        OldNoticeReading reading = OldNoticeRecogniser.read(only);
        assertThat(reading.placed(FactField.RECIPIENT)).extracting(PlacedFact::value).containsExactly("Verohallinto");
        assertThat(reading.placed(FactField.OTHER_DISCLOSURES)).as("'muille kuin' narrows the no").isEmpty();

        String catalogue = HEAD + "Tietojen luovutukset\n\nTietoja luovutetaan Ajas Oy:lle, joka ylläpitää ajanvarausjärjestelmää.";
        OldNoticeReading ajas = OldNoticeRecogniser.read(catalogue);
        assertThat(ajas.placed(FactField.RECIPIENT)).as("Ajas is the catalogue's system").isEmpty();
        assertThat(ajas.placed(FactField.SYSTEM)).extracting(PlacedFact::value).containsExactly("ajas");
    }

    @Test
    void aTransferToANamedCountryGoesOnTheOneRecipientWithTheSafeguardOnlyWhereTheTextNamesIt() {
        String text = HEAD + "Tietojen luovutukset ja siirrot\n\n"
                + "Tietoja luovutetaan Acme Analytics Inc:lle, joka käsittelee tiedot Yhdysvalloissa vakiosopimuslausekkeiden perusteella.\n\n"
                + "Tietoja luovutetaan Kelalle.";
        OldNoticeReading reading = OldNoticeRecogniser.read(text);
        Notice draft = DraftFromOldNotice.draft(reading);

        assertThat(register(draft).transfersOutsideEea()).isEqualTo(Answer.YES);
        assertThat(register(draft).recipients()).first().satisfies(r -> {
            assertThat(r.name()).isEqualTo(LocalizedText.finnish("Acme Analytics Inc"));
            assertThat(r.transfers()).containsExactly(new Transfer("US", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
        });
        assertThat(register(draft).recipients().get(1).transfers()).isEmpty();
        assertThat(MarksFromOldNotice.of(reading, draft)).filteredOn(m -> m.field().field() == PlacedFieldKey.Field.RECIPIENT_TRANSFER)
                .singleElement().satisfies(m -> {
                    assertThat(m.field().item()).isEqualTo("0");
                    assertThat(m.value()).isEqualTo("US|STANDARD_CONTRACTUAL_CLAUSES");
                });

        Notice noSafeguard = DraftFromOldNotice.draft(OldNoticeRecogniser.read(HEAD + "Vastaanottajat\n\n"
                + "Tiedot luovutetaan Acme Ltd:lle Iso-Britanniaan."));
        assertThat(register(noSafeguard).recipients()).singleElement().extracting(Recipient::transfers)
                .isEqualTo(List.of(new Transfer("GB", TransferSafeguard.NONE)));
    }

    @Test
    void aCountryWithoutItsRecipientIsAnsweredYesAndListedForTheOwnerAndNoDenialNamesACountry() {
        OldNoticeReading reading = OldNoticeRecogniser.read(HEAD + "Tietojen siirrot\n\nTietoja siirretään Yhdysvaltoihin.");
        assertThat(reading.first(FactField.TRANSFERS_OUTSIDE_EEA)).contains("YES");
        assertThat(reading.placed(FactField.RECIPIENT_TRANSFER)).isEmpty();
        assertThat(reading.unplaced()).anySatisfy(u -> {
            assertThat(u.sentence()).isEqualTo("Tietoja siirretään Yhdysvaltoihin.");
            assertThat(u.reason()).isEqualTo(UnplacedStatement.Reason.COUNTRY_WITHOUT_RECIPIENT);
        });

        for (String denial : List.of("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.", "Tietoja ei siirretä Yhdysvaltoihin.",
                "Uppgifterna överförs inte utanför EU eller EES.", "Personal data is not transferred outside the EEA.")) {
            OldNoticeReading r = OldNoticeRecogniser.read(HEAD + "Tietojen siirrot\n\n" + denial);
            assertThat(r.placed(FactField.RECIPIENT_TRANSFER)).as(denial).isEmpty();
            assertThat(r.first(FactField.TRANSFERS_OUTSIDE_EEA)).as(denial).isNotEqualTo(java.util.Optional.of("YES"));
        }
        assertThat(OldNoticeRecogniser.read(HEAD + "Siirrot\n\nUppgifterna överförs inte utanför EU eller EES.").first(FactField.TRANSFERS_OUTSIDE_EEA))
                .contains("NO");
        assertThat(OldNoticeRecogniser.read(HEAD + "Transfers\n\nPersonal data is not transferred outside the EEA.").first(FactField.TRANSFERS_OUTSIDE_EEA))
                .contains("NO");

        OldNoticeReading norway = OldNoticeRecogniser.read(HEAD + "Tietojen siirrot\n\nTietoja siirretään Norjaan.");
        assertThat(norway.first(FactField.TRANSFERS_OUTSIDE_EEA)).as("Norway is in the EEA").isEmpty();
    }

    @Test
    void namedCookiesBecomeRowsWithTheCategoryAndLifetimeTheTextGivesAndNothingElse() {
        String text = HEAD + "Evästeet\n\nKäytämme analytiikkaevästeitä: _ga ja _gid.\n\nPHPSESSID: istunnon ajan, välttämätön kirjautumiselle.";
        OldNoticeReading reading = OldNoticeRecogniser.read(text);
        Notice draft = DraftFromOldNotice.draft(reading);

        assertThat(draft.cookies().used()).isEqualTo(Answer.YES);
        assertThat(draft.cookies().inventory()).extracting(CookieEntry::name).containsExactly("_ga", "_gid", "PHPSESSID");
        assertThat(draft.cookies().inventory()).extracting(CookieEntry::category)
                .containsExactly(CookieCategory.ANALYTICS, CookieCategory.ANALYTICS, CookieCategory.NECESSARY);
        assertThat(draft.cookies().inventory().get(0).lifetime().isBlank()).as("two cookies, no lifetime given").isTrue();
        assertThat(draft.cookies().inventory().get(2).lifetime()).isEqualTo(LocalizedText.finnish("istunnon ajan"));
        assertThat(draft.cookies().inventory()).allSatisfy(c -> {
            assertThat(c.provider()).as("who sets it is not guessed").isEmpty();
            assertThat(c.purpose().isBlank()).as("nor what it is for").isTrue();
        });
        assertThat(MarksFromOldNotice.of(reading, draft)).extracting(m -> m.field().field() + " " + m.field().item() + "=" + m.value())
                .contains("COOKIE_NAME 0=_ga", "COOKIE_CATEGORY 1=ANALYTICS", "COOKIE_NAME 2=PHPSESSID",
                        "COOKIE_LIFETIME 2=istunnon ajan", "COOKIE_CATEGORY 2=NECESSARY")
                .doesNotContain("COOKIE_LIFETIME 0=istunnon ajan");

        Notice sv = DraftFromOldNotice.draft(OldNoticeRecogniser.read("Dataskyddsbeskrivning\n\nKakor\n\nVi använder kakan _ga för statistik, den sparas i 2 år."));
        assertThat(sv.cookies().inventory()).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(CookieCategory.ANALYTICS);
            assertThat(c.lifetime().sv()).isEqualTo("2 år");
        });
    }

    @Test
    void aCookieTextWithoutNamesOrADenialGivesNoRows() {
        String beauty = Seeds.text(Seeds.BEAUTY_SALON);
        assertThat(DraftFromOldNotice.draft(OldNoticeRecogniser.read(beauty)).cookies().inventory()).isEmpty();
        assertThat(OldNoticeRecogniser.read(HEAD + "Evästeet\n\nEmme käytä evästeitä.").placed(FactField.COOKIE)).isEmpty();
        assertThat(OldNoticeRecogniser.read(HEAD + "Yhteystiedot\n\nLähetä viesti osoitteeseen etu_suku@papu.fi.").placed(FactField.COOKIE)).isEmpty();
    }
}
