package fi.seloste.export.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.export.NoticeMeta;
import fi.seloste.testing.Bundles;
import fi.seloste.testing.OwnSections;
import fi.seloste.testing.SampleRecords;

import org.junit.jupiter.api.Test;

/** The record of processing as a model: Art. 30(1) items in order, from the domain, in the record's own words. */
class RecordContentTest {

    private static final NoticeMeta META = new NoticeMeta(LocalDate.of(2026, 11, 22), null);

    /** Words in which the notice speaks for the business or to the reader; the record never uses them. */
    private static final Map<Language, Pattern> WE_OR_YOU = Map.of(
            Language.FI, Pattern.compile("(?iU)\\b(me|meidän|meitä|meille|meiltä|emme|sinä|sinun|sinua|sinulta|sinulle|"
                    + "\\p{L}{2,}mme|\\p{L}+(?:esi|asi|äsi|isi)|sinulta itseltäsi)\\b"),
            Language.SV, Pattern.compile("(?iU)\\b(vi|vår|vårt|våra|oss|du|dig|din|ditt|dina)\\b"),
            Language.EN, Pattern.compile("(?U)\\b([Ww]e|[Oo]urs?|us|[Yy]ou|[Yy]ours?)\\b"));

    private static RecordContent filled(Language language) {
        return RecordContent.of(SampleRecords.physiotherapyNotice(), SampleRecords.physiotherapy(), language, META);
    }

    @Test
    void aRegistersItemsFollowArticle30AndKeepTheirKeys() {
        RecordRegister customers = filled(Language.FI).registers().get(0);
        assertThat(customers.items()).extracting(RecordItem::key).containsExactly("purposes", "legalBases",
                "dataSubjects", "dataCategories", "sources", "recipients", "transfers", "retention", "erasure",
                "measures", "systems", "locations", "dataFlows", "feeds", "accessRoles", "responsible", "risk");
        assertThat(customers.name()).isEqualTo("Flowest asiakastietorekisteri");
        assertThat(customers.item("purposes").orElseThrow().label()).isEqualTo("Käsittelyn tarkoitukset");
        for (Language language : Language.values()) {
            assertThat(filled(language).registers().get(0).items()).extracting(RecordItem::key)
                    .isEqualTo(customers.items().stream().map(RecordItem::key).toList());
        }
    }

    @Test
    void theFilledRecordSaysWhatTheOwnerEntered() {
        RecordRegister customers = filled(Language.FI).registers().get(0);
        assertThat(lines(customers, "locations")).containsExactly("Vello ja paperiarkisto lukitussa kaapissa "
                + "(Pallokentäntie 19 A 2, Tähtelä)");
        assertThat(lines(customers, "dataFlows")).contains("Ajanvaraus Vellossa → laskutus Holvissa");
        assertThat(lines(customers, "feeds")).containsExactly("Flowest laskutus- ja kirjanpitorekisteri");
        assertThat(lines(customers, "responsible")).startsWith("Veera Westerholm, fysioterapeutti, yrittäjä");
        assertThat(lines(customers, "systems").get(SampleRecords.VELLO)).startsWith("Vello – ")
                .contains("toimittaja: Vello Solutions Oy", "rooli: henkilötietojen käsittelijä",
                        "tietojen sijainti: EU/ETA (Amazon Web Services)", "tietosuojaseloste: https://vello.fi/",
                        "käsittelysopimus (28 artiklan 3 kohta): allekirjoitettu 12.3.2024, säilytyspaikka: Sopimuskansio");
        assertThat(lines(customers, "systems").get(SampleRecords.HUBSPOT))
                .contains("siirrot: Yhdysvallat – Euroopan komission vakiosopimuslausekkeet");
        assertThat(lines(customers, "transfers")).anyMatch(l -> l.startsWith("Suojatoimia koskevat asiakirjat: "));
        assertThat(lines(customers, "risk")).containsSubsequence(
                "Todennäköisesti korkea riski luonnollisten henkilöiden oikeuksille ja vapauksille (35 artiklan 1 kohta): kyllä",
                "Tietosuojaa koskeva vaikutustenarviointi (35 artikla) tarpeen: kyllä", "Vaikutustenarviointi tehty 20.3.2024");
        assertThat(lines(customers, "legalBases")).anyMatch(l -> l.contains("rekisteröidyn suostumus (6 artiklan 1 kohdan a alakohta)"));
        assertThat(lines(customers, "dataCategories")).anyMatch(l -> l.startsWith("Potilaskirjaukset – erityinen henkilötietoryhmä"));
        RecordRegister billing = filled(Language.FI).registers().get(1);
        assertThat(lines(billing, "transfers")).containsExactly("Henkilötietoja ei siirretä kolmansiin maihin (EU- ja ETA-alueen ulkopuolelle).");
        assertThat(billing.item("risk")).isEmpty();
        assertThat(billing.item("feeds")).isEmpty();
    }

    @Test
    void swedishAndEnglishUseTheGdprTermsAndTheirCountryNames() {
        RecordRegister sv = filled(Language.SV).registers().get(0);
        assertThat(lines(sv, "systems").get(SampleRecords.VELLO)).contains("roll: personuppgiftsbiträde",
                "personuppgiftsbiträdesavtal (artikel 28.3): undertecknat 12.3.2024");
        assertThat(lines(sv, "systems").get(SampleRecords.HUBSPOT)).contains("USA – Europeiska kommissionens standardavtalsklausuler");
        assertThat(filled(Language.SV).controller().get(0).label()).isEqualTo("Personuppgiftsansvarig");
        RecordRegister en = filled(Language.EN).registers().get(0);
        assertThat(lines(en, "systems").get(SampleRecords.VELLO)).contains("data processing agreement (Art. 28(3)): signed 12 March 2024");
        assertThat(lines(en, "systems").get(SampleRecords.HUBSPOT)).contains("United States – European Commission standard contractual clauses");
    }

    @Test
    void anUnansweredAgreementOrRiskPrintsNothing() {
        RecordRegister customers = filled(Language.FI).registers().get(0);
        assertThat(lines(customers, "systems").get(SampleRecords.HOLVI)).doesNotContain("käsittelysopimus");
        assertThat(lines(customers, "systems").get(SampleRecords.KANTA)).doesNotContain("käsittelysopimus");
        assertThat(lines(customers, "systems").get(SampleRecords.ROUNDCUBE)).endsWith("käsittelysopimus (28 artiklan 3 kohta): ei allekirjoitettu");

        ProcessingRecord unanswered = SampleRecords.physiotherapy().with(SampleRecords.physiotherapy().of(1)
                .withRisk(RiskNote.EMPTY).withAgreement(new ProcessorAgreement(SampleRecords.VELLO, Answer.NOT_ANSWERED,
                        LocalDate.of(2024, 3, 12), LocalizedText.finnish("Sopimuskansio"))));
        RecordRegister without = RecordContent.of(SampleRecords.physiotherapyNotice(), unanswered, Language.FI, META).registers().get(0);
        assertThat(without.item("risk")).isEmpty();
        assertThat(lines(without, "systems").get(SampleRecords.VELLO)).doesNotContain("käsittelysopimus", "12.3.2024", "Sopimuskansio");

        ProcessingRecord onlyHighRisk = SampleRecords.physiotherapy().with(SampleRecords.physiotherapy().of(1)
                .withRisk(RiskNote.EMPTY.withHighRisk(Answer.NO)));
        assertThat(lines(RecordContent.of(SampleRecords.physiotherapyNotice(), onlyHighRisk, Language.FI, META).registers().get(0), "risk"))
                .containsExactly("Todennäköisesti korkea riski luonnollisten henkilöiden oikeuksille ja vapauksille (35 artiklan 1 kohta): ei");
    }

    @Test
    void withNothingEnteredTheRecordHasOnlyWhatTheNoticeSays() {
        RecordContent content = RecordContent.of(SampleRecords.physiotherapyNotice(), ProcessingRecord.EMPTY, Language.FI, META);
        for (RecordRegister register : content.registers()) {
            assertThat(register.items()).extracting(RecordItem::key).doesNotContain("erasure", "locations", "dataFlows",
                    "feeds", "accessRoles", "responsible", "risk");
            assertThat(register.items()).allSatisfy(i -> assertThat(i.lines()).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).doesNotContain("käsittelysopimus")));
        }
        assertThat(content.controller()).extracting(RecordItem::key).containsExactly("controller", "contactPerson");
        assertThat(RecordContent.of(Notice.EMPTY, null, Language.FI, null).registers()).isEmpty();
    }

    @Test
    void theControllerPartNamesTheRepresentativeTheOfficerAndThePublishedVersion() {
        Notice notice = SampleRecords.physiotherapyNotice();
        Notice withOfficer = Notice.withoutSharedSections(notice.controller(), notice.contactPerson(),
                new Person("", LocalizedText.finnish("tietosuojavastaava"), "tietosuoja@flowest.fi", "", null), notice.settings(), notice.registers());
        ProcessingRecord record = SampleRecords.physiotherapy().withRepresentative(new Person("EU Rep Oy", LocalizedText.EMPTY,
                "rep@example.eu", "", new PostalAddress("Esimerkkikatu 1", "00100", "Helsinki")));
        NoticeMeta signed = NoticeMeta.signed(new SignOff(4, Instant.parse("2026-11-22T10:15:00Z"), "Veera Westerholm",
                LocalizedText.finnish("yrittäjä"), "0".repeat(64)));
        RecordContent content = RecordContent.of(withOfficer, record, Language.FI, signed);
        assertThat(content.controller()).extracting(RecordItem::key)
                .containsExactly("controller", "contactPerson", "representative", "dpo", "publishedNotice");
        assertThat(content.controllerItem("controller").orElseThrow().lines()).contains("Flowest", "Y-tunnus: 3015969-6");
        assertThat(content.controllerItem("representative").orElseThrow().lines())
                .containsExactly("EU Rep Oy", "Osoite: Esimerkkikatu 1, 00100 Helsinki", "Sähköposti: rep@example.eu");
        assertThat(content.controllerItem("dpo").orElseThrow().lines()).containsExactly("Tietosuojavastaava",
                "Sähköposti: tietosuoja@flowest.fi");
        assertThat(content.controllerItem("publishedNotice").orElseThrow().lines()).containsExactly(
                "Julkaistu verkossa: https://flowest.fi/tietosuoja", "Saatavilla: vastaanoton esitekansio",
                "Tietosuojaselosteen versio 4, hyväksytty 22.11.2026");
        // A signed version is dated on its sign-off day, which the record's own items (as they are now) do not share.
        assertThat(content.footer()).isEmpty();
        assertThat(RecordContent.of(withOfficer, record, Language.FI, META).footer()).isEqualTo("Tiedot 22.11.2026 tilanteen mukaan");
        assertThat(content.title()).isEqualTo("Seloste käsittelytoimista – Flowest");
    }

    @Test
    void jointControllersAreNamedOnceInTheControllerPart() {
        Notice notice = SampleRecords.physiotherapyNotice();
        Recipient clinic = new Recipient(LocalizedText.finnish("Terveystalo Oyj"), LocalizedText.finnish("yhteinen ajanvaraus"),
                RecipientKind.JOINT_CONTROLLER, List.of());
        Register customers = notice.registers().get(0).toBuilder().recipients(List.of(clinic, clinic)).build();
        Notice withClinic = Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), null, notice.settings(),
                List.of(customers, notice.registers().get(1)));
        RecordContent content = RecordContent.of(withClinic, null, Language.FI, META);
        assertThat(content.controllerItem("jointControllers").orElseThrow().lines())
                .containsExactly("Terveystalo Oyj: Flowest asiakastietorekisteri");
        assertThat(lines(content.registers().get(0), "recipients"))
                .contains("Terveystalo Oyj: yhteinen ajanvaraus – yhteisrekisterinpitäjä");
        assertThat(RecordContent.of(notice, null, Language.FI, META).controllerItem("jointControllers")).isEmpty();
    }

    @Test
    void feedsNameTheRegistersAndLeaveOutUnknownOnesAndItself() {
        ProcessingRecord record = SampleRecords.physiotherapy().with(SampleRecords.physiotherapy().of(1)
                .withFeeds(List.of(99L, 1L, SampleRecords.PHYSIOTHERAPY_BILLING, SampleRecords.PHYSIOTHERAPY_BILLING)));
        RecordContent content = RecordContent.of(SampleRecords.physiotherapyNotice(), record, Language.SV, META);
        assertThat(lines(content.registers().get(0), "feeds")).containsExactly("Flowests fakturerings- och bokföringsregister");
        ProcessingRecord nowhere = record.with(record.of(1).withFeeds(List.of(99L)));
        assertThat(RecordContent.of(SampleRecords.physiotherapyNotice(), nowhere, Language.SV, META).registers().get(0)
                .item("feeds")).isEmpty();
    }

    @Test
    void yearsAreCountedWithTheRightGrammar() {
        Register register = SampleRecords.physiotherapyNotice().registers().get(1).toBuilder().retention(List.of(
                new RetentionRule(LocalizedText.finnish("a"), RetentionCriterion.FIXED_YEARS, 1, null),
                new RetentionRule(LocalizedText.finnish("b"), RetentionCriterion.FIXED_YEARS, 2, null),
                new RetentionRule(LocalizedText.finnish("c"), RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 1, null),
                new RetentionRule(LocalizedText.finnish("d"), RetentionCriterion.END_OF_EMPLOYMENT_PLUS_YEARS, 5, null)))
                .build();
        Notice notice = Notice.withoutSharedSections(SampleRecords.physiotherapyNotice().controller(), null, null,
                SampleRecords.physiotherapyNotice().settings(), List.of(register));
        assertThat(lines(RecordContent.of(notice, null, Language.FI, META).registers().get(0), "retention")).containsExactly(
                "A: 1 vuosi", "B: 2 vuotta", "C: asiakassuhteen ajan ja 1 vuoden sen päättymisen jälkeen",
                "D: työsuhteen ajan ja 5 vuotta sen päättymisen jälkeen");
        assertThat(lines(RecordContent.of(notice, null, Language.SV, META).registers().get(0), "retention"))
                .startsWith("A: 1 år", "B: 2 år");
        assertThat(lines(RecordContent.of(notice, null, Language.EN, META).registers().get(0), "retention"))
                .startsWith("A: 1 year", "B: 2 years");
    }

    /** What the owner has not answered prints nothing: a safeguard, a country, a system's role, a number of years. */
    @Test
    void unansweredPartsOfTransfersRolesAndPeriodsPrintNothing() {
        Notice physio = SampleRecords.physiotherapyNotice();
        Register billing = physio.registers().get(1);
        SystemUse holvi = physio.systemsOf(billing).get(0);
        Register register = billing.toBuilder()
                .purposes(List.of(new Purpose(LocalizedText.finnish("Laskutus"), LegalBasis.LEGAL_OBLIGATION,
                        LocalizedText.finnish("aiempi oikeutettu etu"))))
                .retention(List.of(
                        new RetentionRule(LocalizedText.finnish("a"), RetentionCriterion.FIXED_YEARS, null, null),
                        new RetentionRule(LocalizedText.finnish("b"), RetentionCriterion.AS_LONG_AS_PURPOSE_NEEDS, null, null),
                        new RetentionRule(LocalizedText.finnish("c"), RetentionCriterion.AS_REQUIRED_BY_LAW, null, null)))
                .build();
        Notice notice = OwnSections.onlySystems(Notice.withoutSharedSections(physio.controller(), null, null, physio.settings(),
                List.of(register)), List.of(holvi.withTransfers(List.of(new Transfer("US", TransferSafeguard.NONE),
                        new Transfer("", TransferSafeguard.NONE))),
                holvi.withName("Vanha").withVendor("").withRole(ProcessingRole.RECIPIENT).withTransfers(List.of())));
        RecordRegister fi = RecordContent.of(notice, null, Language.FI, META).registers().get(0);
        assertThat(lines(fi, "transfers")).containsExactly("Holvi (Holvi Payment Services Oy): Yhdysvallat");
        assertThat(lines(fi, "systems").get(0)).contains("siirrot: Yhdysvallat").doesNotContain("–  ", ": ;");
        assertThat(lines(fi, "systems").get(1)).doesNotContain("rooli");
        assertThat(lines(fi, "recipients")).contains("Vanha");
        assertThat(lines(fi, "legalBases")).containsExactly("Laskutus: rekisterinpitäjän lakisääteisen velvoitteen noudattaminen "
                + "(6 artiklan 1 kohdan c alakohta)");
        assertThat(lines(fi, "retention")).containsExactly("B: niin kauan kuin tietoja tarvitaan käsittelyn tarkoitukseen",
                "C: lain edellyttämän ajan");

        Register onlyBlank = register.toBuilder().transfersOutsideEea(Answer.NO).build();
        Notice blank = OwnSections.onlySystems(Notice.withoutSharedSections(notice.controller(), null, null, notice.settings(),
                List.of(onlyBlank)), List.of(holvi.withTransfers(List.of(new Transfer("", TransferSafeguard.NONE)))));
        assertThat(RecordContent.of(blank, null, Language.FI, META).registers().get(0).item("transfers"))
                .as("a transfer without a country still means that \"no transfers\" is not true").isEmpty();
    }

    /** Third person and labels: neither the record's own wording nor a label it borrows says "we" or "you". */
    @Test
    void theRecordNeverSpeaksForTheBusinessOrToTheReader() throws IOException {
        for (Language language : Language.values()) {
            String suffix = language == Language.EN ? "" : "_" + language.tag();
            Properties texts = Bundles.load("/fi/seloste/export/record" + suffix + ".properties");
            List<String> words = new ArrayList<>();
            texts.stringPropertyNames().forEach(k -> words.add(k + "=" + texts.getProperty(k)));
            RecordWording w = new RecordWording(language);
            for (Class<? extends Enum<?>> type : List.of(LegalBasis.class, Article9Condition.class, SourceKind.class,
                    RecipientKind.class, ProcessingRole.class, TransferSafeguard.class, RetentionCriterion.class,
                    SecurityMeasure.class, SecurityMeasure.Kind.class)) {
                for (Enum<?> value : type.getEnumConstants()) {
                    if (value != TransferSafeguard.NONE) {
                        words.add(value + "=" + w.label(value, 2));
                    }
                }
            }
            Pattern pattern = WE_OR_YOU.get(language);
            assertThat(words).as("%s", language).noneMatch(s -> pattern.matcher(s.substring(s.indexOf('=') + 1)).find());
        }
    }

    private static List<String> lines(RecordRegister register, String key) {
        return register.item(key).orElseThrow(() -> new AssertionError("no item " + key)).lines();
    }
}
