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
import java.util.Map;
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

    /** Sentences as notices write them, in Finnish, Swedish and English, and the countries outside the EU/EEA each names. */
    private static final List<Map.Entry<String, List<String>>> COUNTRIES = List.of(
            Map.entry("Tiedot siirretään Meksikoon.", List.of("MX")),
            Map.entry("Tiedot siirretään Turkkiin.", List.of("TR")),
            Map.entry("Palvelin sijaitsee Turkissa.", List.of("TR")),
            Map.entry("Varmuuskopiot säilytetään Kanadassa.", List.of("CA")),
            Map.entry("Tukipalvelu käsittelee tietoja Etelä-Afrikassa ja tiedot voidaan siirtää Etelä-Afrikkaan.", List.of("ZA")),
            Map.entry("Tiedot tallennetaan palvelimille Yhdysvaltoihin ja Intiaan.", List.of("US", "IN")),
            Map.entry("Asiakastuki sijaitsee Filippiineillä.", List.of("PH")),
            Map.entry("Tiedot siirretään Uuteen-Seelantiin.", List.of("NZ")),
            Map.entry("Tiedot tallennetaan Yhdistyneisiin arabiemiirikuntiin.", List.of("AE")),
            Map.entry("Palvelimet sijaitsevat Caymansaarilla.", List.of("KY")),
            Map.entry("Tietoja käsitellään Sveitsissä ja Iso-Britanniassa.", List.of("CH", "GB")),
            Map.entry("Tiedot siirretään Englantiin ja USA:han.", List.of("GB", "US")),
            Map.entry("Tiedot siirretään Filippiineille, Yhdysvallat mukaan lukien.", List.of("PH", "US")),
            Map.entry("Palvelin sijaitsee Englannissa; varmuuskopiot säilytetään Isossa-Britanniassa.", List.of("GB")),
            Map.entry("Data is stored in New Jersey.", List.of("US")),
            Map.entry("Tiedot säilytetään Singaporessa, Japanissa ja Etelä-Koreassa.", List.of("SG", "JP", "KR")),
            Map.entry("Tietoja käsitellään Päiväntasaajan Guineassa.", List.of("GQ")),
            Map.entry("Tietoja käsitellään Nigeriassa.", List.of("NG")),
            Map.entry("Uppgifterna lagras i Mexiko och Sydafrika.", List.of("MX", "ZA")),
            Map.entry("Uppgifterna överförs till Storbritannien och Schweiz.", List.of("GB", "CH")),
            Map.entry("Uppgifterna behandlas i Turkiet.", List.of("TR")),
            Map.entry("Data is stored in Canada and the US.", List.of("CA", "US")),
            Map.entry("Personal data may be transferred to the UK, South Africa and Hong Kong.", List.of("GB", "ZA", "HK")),
            Map.entry("Data is processed in Turkey and the Philippines.", List.of("TR", "PH")),
            // Norway, Iceland and Liechtenstein are in the EEA, Åland and Réunion in the EU: no transfer outside.
            Map.entry("Tiedot siirretään Norjaan.", List.of()),
            Map.entry("Palvelin sijaitsee Norjassa ja varmuuskopiot Islannissa.", List.of()),
            Map.entry("Tiedot säilytetään Irlannissa ja Saksassa.", List.of()),
            Map.entry("Uppgifterna lagras i Norge och på Åland.", List.of()),
            Map.entry("Data is stored in Liechtenstein and Réunion.", List.of()),
            // Ordinary words that look like countries, and codes alone.
            Map.entry("Turkki säilytetään naftaliinissa.", List.of()),
            Map.entry("Tuotteet ovat turkista ja ne säilytetään kylmässä.", List.of()),
            Map.entry("Oman palvelimemme sijaitsee Helsingissä.", List.of()),
            Map.entry("Tiedot tallennetaan kiinalaiseen palveluun.", List.of()),
            Map.entry("Asiakkaan tiedot tallennetaan ja peruna säilytetään kellarissa.", List.of()),
            Map.entry("Data is stored on china plates and turkey is served.", List.of()),
            Map.entry("Data is stored in US and GB data centres.", List.of()),
            Map.entry("Englanniksi käännetyt tiedot tallennetaan Suomessa.", List.of()),
            Map.entry("Tiedot tallennetaan CA- ja MX-palvelimille.", List.of()),
            // A denial names no country; a country named without a transfer is no transfer.
            Map.entry("Tietoja ei siirretä Yhdysvaltoihin.", List.of()),
            Map.entry("Uppgifterna överförs inte till Kina.", List.of()),
            Map.entry("Data is not transferred to India.", List.of()),
            Map.entry("Yrityksellä on asiakkaita Kanadassa.", List.of()));

    @Test
    void everyCountryOutsideTheEuEeaIsReadInItsFinnishSwedishAndEnglishNamesAndNothingElseIs() {
        assertThat(COUNTRIES).hasSizeGreaterThanOrEqualTo(20);
        for (Map.Entry<String, List<String>> entry : COUNTRIES) {
            assertThat(CountryWordings.countries(entry.getKey())).as(entry.getKey()).containsExactlyElementsOf(entry.getValue());
        }
    }

    @Test
    void everyCountryOutsideTheEuEeaIsKnownByEachOfItsThreeNamesAndNoMemberStateIs() {
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        for (String code : fi.seloste.domain.Country.codes()) {
            for (fi.seloste.domain.Language language : fi.seloste.domain.Language.values()) {
                String sentence = "Tiedot säilytetään: " + fi.seloste.domain.Country.name(code, language) + ".";
                List<String> expected = fi.seloste.domain.EuEea.includes(code) ? List.of() : List.of(code);
                softly.assertThat(CountryWordings.countries(sentence)).as(sentence).isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    @Test
    void aCountryTheOldListDidNotKnowGoesOnItsRecipient() {
        Notice draft = DraftFromOldNotice.draft(OldNoticeRecogniser.read(HEAD + "Vastaanottajat\n\n"
                + "Tiedot luovutetaan Acme Ltd:lle, joka käsittelee tiedot Meksikossa vakiosopimuslausekkeiden perusteella."));
        assertThat(register(draft).transfersOutsideEea()).isEqualTo(Answer.YES);
        assertThat(register(draft).recipients()).singleElement().extracting(Recipient::transfers)
                .isEqualTo(List.of(new Transfer("MX", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)));
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
