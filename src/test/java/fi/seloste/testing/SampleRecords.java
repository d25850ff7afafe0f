package fi.seloste.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SharedSectionsMerge;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.samples.CompletedSeeds;

/**
 * Records of processing (GDPR Art. 30) as the owners would keep them beside their notices. The physiotherapist's is
 * filled in everywhere: the person responsible, where the data is, how it moves (booking in Vello, invoicing in
 * Holvi), the billing register it feeds (kept by her office manager), who sees what, the processor agreements, the transfer documentation,
 * erasure, the measures and a risk note (health data: high risk, impact assessment done).
 */
public final class SampleRecords {

    /** The id of the physiotherapist's billing register, which her customer register feeds. */
    public static final long PHYSIOTHERAPY_BILLING = 2;

    /** Systems of the customer register of {@link CompletedSeeds#physiotherapy()}, by index. */
    public static final int HUBSPOT = 0;
    public static final int HOLVI = 1;
    public static final int VELLO = 2;
    public static final int ROUNDCUBE = 3;
    public static final int KANTA = 4;

    private SampleRecords() {
    }

    /**
     * The physiotherapist's notice as she would finish it ({@link CompletedSeeds#physiotherapy()}), with a second
     * register for invoicing and bookkeeping, which the customer register feeds.
     */
    public static Notice physiotherapyNotice() {
        return OwnSections.adding(CompletedSeeds.physiotherapy(), billing());
    }

    /** The record she keeps for {@link #physiotherapyNotice()}, every field filled in. */
    public static ProcessingRecord physiotherapy() {
        Person veera = new Person("Veera Westerholm", LocalizedText.finnish("fysioterapeutti, yrittäjä"), "veera.westerholm@flowest.fi",
                "+358 50 405 4126", null);
        LocalizedText folder = t("Sopimuskansio, toimiston lukittu kaappi", "Avtalspärmen, kontorets låsta skåp",
                "Contracts folder, the office's locked cabinet");
        RegisterRecord customers = RegisterRecord.empty(1)
                .withResponsible(veera)
                .withLocations(t("Vello ja paperiarkisto lukitussa kaapissa (Pallokentäntie 19 A 2, Tähtelä)",
                        "Vello och pappersarkivet i ett låst skåp (Pallokentäntie 19 A 2, Tähtelä)",
                        "Vello and the paper archive in a locked cabinet (Pallokentäntie 19 A 2, Tähtelä)"))
                .withDataFlows(t("ajanvaraus Vellossa → laskutus Holvissa\npotilaskirjaukset Vellosta Kanta-palveluihin",
                        "tidsbokning i Vello → fakturering i Holvi\npatientanteckningar från Vello till Kanta-tjänsterna",
                        "booking in Vello → invoicing in Holvi\npatient records from Vello to the Kanta Services"))
                .withFeeds(List.of(PHYSIOTHERAPY_BILLING))
                .withAccessRoles(t("fysioterapeutti Veera Westerholm: kaikki tiedot\n"
                                + "tilitoimisto Tilipalvelu Aalto: vain laskut Holvissa",
                        "fysioterapeut Veera Westerholm: alla uppgifter\n"
                                + "bokföringsbyrån Tilipalvelu Aalto: endast fakturor i Holvi",
                        "physiotherapist Veera Westerholm: all data\n"
                                + "accounting firm Tilipalvelu Aalto: invoices in Holvi only"))
                .withAgreement(new ProcessorAgreement(VELLO, Answer.YES, LocalDate.of(2024, 3, 12), folder))
                .withAgreement(new ProcessorAgreement(HUBSPOT, Answer.YES, LocalDate.of(2024, 1, 8),
                        t("HubSpotin asiakasportaali (sähköinen sopimus)", "HubSpots kundportal (elektroniskt avtal)",
                                "HubSpot's customer portal (electronic agreement)")))
                .withAgreement(new ProcessorAgreement(ROUNDCUBE, Answer.NO, null, LocalizedText.EMPTY))
                .withAgreement(ProcessorAgreement.unanswered(HOLVI))
                .withTransferDocumentation(t("HubSpotin käsittelysopimuksen liitteenä olevat vakiosopimuslausekkeet "
                                + "(komission päätös 2021/914) Sopimuskansiossa; siirtovaikutusten arviointi tehty 8.1.2024",
                        "standardavtalsklausulerna i bilagan till HubSpots personuppgiftsbiträdesavtal "
                                + "(kommissionens beslut 2021/914) i avtalspärmen; bedömning av överföringens effekter "
                                + "gjord 8.1.2024",
                        "the standard contractual clauses annexed to HubSpot's data processing agreement "
                                + "(Commission Decision 2021/914) in the contracts folder; transfer impact assessment "
                                + "carried out on 8 January 2024"))
                .withErasure(t("paperiset testauslomakkeet silputaan asiakassuhteen päätyttyä; Vellon asiakastiedot "
                                + "käydään läpi ja poistetaan joka tammikuu",
                        "testblanketter på papper strimlas när kundförhållandet upphört; kunduppgifterna i Vello gås "
                                + "igenom och raderas varje januari",
                        "paper test forms are shredded when the customer relationship ends; customer data in Vello is "
                                + "reviewed and deleted every January"))
                .withMeasures(t("Vello ja Holvi kaksivaiheisella tunnistautumisella; kannettava tietokone salattu ja "
                                + "lukittu näytönsäästäjällä; paperit lukitussa kaapissa lukitussa tilassa",
                        "Vello och Holvi med tvåstegsverifiering; den bärbara datorn krypterad och låst med "
                                + "skärmsläckare; pappren i ett låst skåp i låsta utrymmen",
                        "Vello and Holvi with two-step verification; the laptop encrypted and locked by its screen "
                                + "saver; paper in a locked cabinet in locked premises"))
                .withRisk(new RiskNote(Answer.YES, Answer.YES, LocalDate.of(2024, 3, 20),
                        t("terveystietoja (erityinen henkilötietoryhmä) käsitellään jokaisesta asiakkaasta; "
                                        + "arvio tarkistetaan vuosittain",
                                "hälsouppgifter (särskild kategori) behandlas om varje kund; bedömningen ses över "
                                        + "varje år",
                                "health data (a special category) is processed about every customer; the assessment "
                                        + "is reviewed every year")));
        RegisterRecord billing = RegisterRecord.empty(PHYSIOTHERAPY_BILLING)
                .withResponsible(new Person("Sanna Lehtinen", LocalizedText.finnish("toimistovastaava"), "sanna.lehtinen@flowest.fi", "", null))
                .withLocations(t("Holvi; tilitoimiston kirjanpito-ohjelma", "Holvi; bokföringsbyråns bokföringsprogram",
                        "Holvi; the accounting firm's bookkeeping software"))
                .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2023, 11, 2), folder))
                .withErasure(t("tositteet poistetaan Holvista, kun kirjanpitolain säilytysaika on kulunut",
                        "verifikaten raderas ur Holvi när bokföringslagens lagringstid har gått ut",
                        "vouchers are deleted from Holvi when the Accounting Act's retention period has passed"));
        return new ProcessingRecord(Person.EMPTY, "https://flowest.fi/tietosuoja",
                t("vastaanoton esitekansio", "receptionens broschyrpärm", "the brochure folder at reception"),
                List.of(customers, billing));
    }

    /**
     * The record the beauty salon keeps for {@link CompletedSeeds#beautySalon()}: one customer register in Ajas, a
     * card file at the desk, no DPO and no transfers; written in Finnish only, as the salon's notice is.
     */
    public static ProcessingRecord beautySalon() {
        RegisterRecord customers = RegisterRecord.empty(1)
                .withResponsible(new Person("Anna-Maj Blomgren", LocalizedText.finnish("yrittäjä"), "annukka@helmenloiste.fi", "040-5565483", null))
                .withLocations(LocalizedText.finnish("Ajas (UpCloudin palvelinsali Helsingissä); asiakaskortit lukitussa "
                        + "laatikossa kassan alla (Näätäpolku 10, Raisio)"))
                .withDataFlows(LocalizedText.finnish("asiakas varaa ajan Ajasissa tai puhelimessa → hoitotiedot "
                        + "kirjataan Ajasiin käynnin jälkeen\nallergiat ja hoitosuositukset myös asiakaskorttiin"))
                .withAccessRoles(LocalizedText.finnish("kosmetologi Anna-Maj Blomgren: kaikki tiedot\n"
                        + "kesäharjoittelija: vain ajanvaraukset, omilla tunnuksilla"))
                .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2023, 1, 4),
                        LocalizedText.finnish("Ajasin sopimusehdot (tietojenkäsittelyliite), tuloste mapissa \"Sopimukset\"")))
                .withErasure(LocalizedText.finnish("asiakaskortit silputaan ja tiedot poistetaan Ajasista, kun "
                        + "asiakas ei ole käynyt kolmeen vuoteen; tarkistus joka syksy"))
                .withMeasures(LocalizedText.finnish("Ajas omilla tunnuksilla; puhelin ja tietokone lukittuvat "
                        + "koodilla; asiakaskortit lukitussa laatikossa, avain yrittäjällä"))
                .withRisk(new RiskNote(Answer.NO, Answer.NO, null, LocalizedText.finnish("allergiatietoja on vain "
                        + "hoidon turvallisuuden vuoksi, vähän asiakkaita, ei profilointia; arvio tarkistetaan vuosittain")));
        return new ProcessingRecord(Person.EMPTY, "", LocalizedText.finnish("liikkeen ilmoitustaulu ja pyydettäessä "
                + "paperilla"), List.of(customers));
    }

    private static SharedSectionsMerge.RegisterSections billing() {
        return OwnSections.of(Register.empty(PHYSIOTHERAPY_BILLING, RegisterTemplate.BLANK,
                        t("Flowest laskutus- ja kirjanpitorekisteri", "Flowests fakturerings- och bokföringsregister",
                                "Flowest billing and bookkeeping register")).toBuilder()
                .purposes(List.of(new Purpose(t("laskutus ja kirjanpito", "fakturering och bokföring",
                        "invoicing and bookkeeping"), LegalBasis.LEGAL_OBLIGATION, LocalizedText.EMPTY)))
                .dataSubjects(List.of(new DataSubjectGroup(null, t("asiakkaat", "kunder", "customers"))))
                .dataCategories(List.of(DataCategory.ordinary(null, t("nimi", "namn", "name")),
                        DataCategory.ordinary(null, t("laskutusosoite", "faktureringsadress", "billing address")),
                        DataCategory.ordinary(null, t("laskut ja maksut", "fakturor och betalningar",
                                "invoices and payments"))))
                .sources(List.of(new DataSource(SourceKind.DATA_SUBJECT, t("asiakkaan varauksesta ja käynneistä",
                        "kundens bokningar och besök", "the customer's bookings and visits"), false)))
                .retention(List.of(new RetentionRule(LocalizedText.EMPTY, RetentionCriterion.ACCOUNTING_VOUCHERS, null,
                        LocalizedText.EMPTY)))
                .provision(new Provision(ProvisionRequirement.STATUTORY, LocalizedText.EMPTY))
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY))
                .transfersOutsideEea(Answer.NO)
                .otherDisclosures(Answer.NO)
                .build(),
                // Billing is done in the Holvi the business has already: the same system, ticked for this register too.
                List.of(CompletedSeeds.physiotherapy().systems().stream().filter(s -> s.name().equals("Holvi"))
                        .findFirst().orElseThrow().withKey("")), new Security(Set.of(SecurityMeasure.STRONG_AUTHENTICATION, SecurityMeasure.PERSONAL_ACCOUNTS),
                        LocalizedText.EMPTY, LocalizedText.EMPTY), Cookies.NONE.withUsed(Answer.NO));
    }

    private static LocalizedText t(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }
}
