package fi.seloste.samples;

import static fi.seloste.samples.SampleParts.catalogueSystem;
import static fi.seloste.samples.SampleParts.settings;
import static fi.seloste.samples.SampleParts.t;
import static fi.seloste.samples.SampleParts.templatePurpose;
import static fi.seloste.samples.SampleParts.templateRetention;
import static fi.seloste.samples.SampleParts.templateSource;

import java.util.List;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;
import fi.seloste.testing.OwnSections;
import fi.seloste.seeds.SeedNotices;

/**
 * The two seeds of {@link SeedNotices} as their owners would have them after finishing Seloste's wizard: every owner
 * text in Finnish (as the seed has it), Finland-Swedish and plain English, every question answered as far as the
 * seed's own text supports an answer, and what GDPR Art. 13 requires and the seed left out filled in with the least
 * invention. The lists below name each element added or changed relative to the seed, and why.
 *
 * <p><b>Physiotherapy (Flowest)</b>
 * <ul>
 * <li>Languages fi, sv, en; every owner text translated. Dates drawn up and last updated 2.12.2026 (the seed has
 *     none; this is the day it was completed in Seloste); next review 1.12.2027.</li>
 * <li>Purpose "asiakassuhteen hoitaminen": the seed's basis, legitimate interest, now with the interest written out
 *     (Art. 13(1)(d); the seed names the basis only).</li>
 * <li>Purpose added: patient records, legal obligation (the seed says patient entries go to Kanta, which the law
 *     requires; wording from the bookings-and-patients template). Review W7.</li>
 * <li>Purpose added: invoicing and bookkeeping, legal obligation (the seed bills customers through Holvi; wording from
 *     the template).</li>
 * <li>Purpose added: newsletters, consent, marked direct marketing (the seed uses HubSpot to send newsletters, a
 *     purpose it never lists). Consent rather than legitimate interest because the register also holds people who
 *     only left their contact details, whom e-mail marketing needs consent for (sähköisen viestinnän palveluista
 *     annettu laki 200 §).</li>
 * <li>"potilaskirjaukset": HEALTH, Art. 9(2)(h) health care (the seed has the category but no condition; W7).
 *     "testauslomakkeet ja muut paperiset asiakasmateriaalit": marked HEALTH, 9(2)(h) as well: a physiotherapist's
 *     test forms record the patient's physical condition.</li>
 * <li>Source added: the treating professional writes the patient entries (template wording).</li>
 * <li>Systems from the catalogue (HubSpot, Holvi, Vello, Roundcube webmail) so vendor, role, storage, transfers and
 *     privacy page come from it; the seed's own "used for" texts are kept. Roundcube's mail host is not named in the
 *     seed and stays unnamed (the catalogue asks the owner to name it).</li>
 * <li>Kanta: a system with role HEALTH_RECORDS_ARCHIVE from the catalogue, no longer a recipient (M11).</li>
 * <li>Transfers outside the EU/EEA: YES, from HubSpot's catalogue entry (US, EU–US Data Privacy Framework; M5).</li>
 * <li>Other regular disclosures: NO. The seed's section on regular disclosures lists only sources and systems.</li>
 * <li>Automated decisions NO, profiling NO: the seed says so ("Tietoja ei käytetä automatisoituun päätöksentekoon tai
 *     profilointiin").</li>
 * <li>Art. 13(2)(e) stated: not obliged by law, needed to treat; the newsletter voluntary (M7, M12).</li>
 * <li>Retention: the paper material "asiakassuhteen ajan" kept (0 years after, printed as the relationship only; the
 *     details keep only "jonka jälkeen ... tuhotaan", so the period is not said twice);
 *     the other data likewise, as the seed says ("Tiedot poistetaan, kun niiden edellä määritelty säilytysaika on
 *     kulunut"). The seed's "jos sovellettava lainsäädäntö ... edellyttävät pidempää säilytysaikaa" names no act or
 *     period (M8), so it is replaced by the two laws that apply: patient records under 703/2023 (template wording) and
 *     invoices as accounting vouchers (kirjanpitolaki 2:10 §).</li>
 * <li>Rights instructions: "Pyyntö tulee lähettää kirjallisesti" became "Pyynnön voi lähettää kirjallisesti,
 *     esimerkiksi sähköpostitse ..." because a request needs no set form (M10); how to withdraw newsletter consent
 *     added (Art. 7(3)).</li>
 * <li>Cookies: NO, an ASSUMPTION made for this sample only. The seed says nothing of cookies, though it collects data
 *     through web forms, so a website exists; whether it sets cookies only the owner can say, and she must answer this
 *     herself (Seloste's check asks her until she does). Answered no so that the completed sample is free of errors;
 *     with no, the notice prints no cookie section.</li>
 * </ul>
 *
 * <p><b>Beauty salon (Helmenloiste)</b>
 * <ul>
 * <li>Languages fi, sv, en; every owner text translated. Dates drawn up and last updated 2.12.2026; next review
 *     1.12.2027.</li>
 * <li>W8: the owner's "Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa" is REMOVED:
 *     a limit on access requests is unlawful (Art. 12(5), 15(3)). "kohdassa 2 määritellylle" (the seed's own section
 *     number, which Seloste's notice does not have) became "edellä mainitulle"; the dangling "näistä tiedotteista"
 *     became "markkinointi- ja tiedotusviesteistä". How to withdraw consent to treatment notes added.</li>
 * <li>Legal bases chosen for the six purposes the seed left without one: bookings, customer relationship and service
 *     messages contract; invoicing legal obligation; improving the customer relationship and the log legitimate
 *     interest, with the interest written out. Marketing keeps its consent and is marked direct marketing.</li>
 * <li>Purpose added: keeping the treatment notes the customer agrees to, on her consent (the seed's "asiakkaan
 *     tallennettavaksi hyväksymät tiedot"); that category is marked HEALTH, Art. 9(2)(a) explicit consent: notes on a
 *     treatment (skin, allergies) are health data, and the seed has the customer approve them.</li>
 * <li>Data subjects: "asiakkaat" added (the seed's whole notice is about customers; it names only the booking system's
 *     visitors as a group).</li>
 * <li>"syntymäaika" and "henkilötunnus" marked optional, as the seed's "(jos laki edellyttää ...)" says.</li>
 * <li>Ajas from the catalogue; the seed's "used for" text kept.</li>
 * <li>Transfers NO and other disclosures NO: the seed says "Tietoja ei luovuteta kolmansille osapuolille eikä EU:n tai
 *     Euroopan talousalueen ulkopuolelle", and the catalogue's Ajas entry has no transfer.</li>
 * <li>Automated decisions NO, profiling NO: the seed lists every use of the data (bookings, billing, service messages,
 *     marketing to those who allowed it, the error log) and none decides or evaluates anything automatically.</li>
 * <li>Cookies: YES with an inventory of one NECESSARY session cookie set by Ajas (the seed: without it logging in to
 *     the booking fails); no consent tool is needed for it. The seed does not give the cookie's technical name, so it
 *     is left blank. "Käytämme sivuillamme [jos käytössä] ja ajanvarausjärjestelmässä" lost its placeholder and the
 *     unconfirmed website: "Käytämme ajanvarausjärjestelmässä evästeitä."</li>
 * <li>Art. 13(2)(e) stated: name and contact details are needed to book; the rest voluntary.</li>
 * <li>Retention: "asiakassuhteen jatkumisen ajan" for the customer data; the filler "Tietojen säilytyksessä on huomioitu
 *     sitä koskevat lait, asetukset ja direktiivit" (M8) replaced by the one law that applies, the accounting rule for
 *     invoices and payments.</li>
 * </ul>
 */
public final class CompletedSeeds {

    private CompletedSeeds() {
    }

    public static Notice physiotherapy() {
        Notice seed = SeedNotices.physiotherapy();
        RegisterSections register = OwnSections.of(seed.registers().get(0).toBuilder()
                .name(t("Flowest asiakastietorekisteri", "Flowests kundregister", "Flowest customer register"))
                .purposes(List.of(
                        new Purpose(t("Henkilötietoja käsitellään asiakassuhteen hoitamiseksi.",
                                "Personuppgifterna behandlas för att sköta kundförhållandet.",
                                "We process personal data to manage the customer relationship."),
                                LegalBasis.LEGITIMATE_INTERESTS,
                                t("Flowestin oikeutettu etu on hoitaa asiakas- ja yhteistyösuhteitaan: pitää yhteyttä "
                                                + "asiakkaisiin, yhteistietonsa jättäneisiin ja yhteistyökumppaneihin.",
                                        "Flowests berättigade intresse är att sköta sina kund- och samarbetsrelationer: "
                                                + "att hålla kontakt med kunder, med personer som har lämnat sina "
                                                + "kontaktuppgifter och med samarbetspartner.",
                                        "Flowest's legitimate interest is to manage its customer and partner "
                                                + "relationships: keeping in touch with customers, with people who "
                                                + "left their contact details and with partners.")),
                        templatePurpose(RegisterTemplate.BOOKING_AND_PATIENTS, 1),
                        templatePurpose(RegisterTemplate.BOOKING_AND_PATIENTS, 3),
                        new Purpose(t("Uutiskirjeiden lähettäminen niille, jotka ovat ne tilanneet",
                                "Utskick av nyhetsbrev till dem som har beställt dem",
                                "Sending newsletters to people who have subscribed to them"),
                                LegalBasis.CONSENT, LocalizedText.EMPTY, true, false)))
                .dataSubjects(List.of(
                        subjects(t("asiakkaat", "kunder", "customers")),
                        subjects(t("yhteistietonsa jättäneet henkilöt", "personer som har lämnat sina kontaktuppgifter",
                                "people who have left their contact details")),
                        subjects(t("yhteistyökumppanit", "samarbetspartner", "partners"))))
                .dataCategories(List.of(
                        data(t("nimi", "namn", "name")),
                        data(t("osoite", "adress", "address")),
                        data(t("sähköpostiosoite", "e-postadress", "email address")),
                        data(t("puhelinnumero", "telefonnummer", "phone number")),
                        health(t("testauslomakkeet ja muut paperiset asiakasmateriaalit",
                                "testblanketter och annat kundmaterial på papper",
                                "test forms and other client material on paper"), Article9Condition.HEALTH_OR_SOCIAL_CARE),
                        health(t("potilaskirjaukset", "patientanteckningar", "patient record entries"),
                                Article9Condition.HEALTH_OR_SOCIAL_CARE)))
                .sources(List.of(
                        new DataSource(SourceKind.DATA_SUBJECT, t(
                                "Rekisteriin tallennettavat tiedot saadaan asiakkaalta mm. verkkolomakkeilla "
                                        + "lähetetyistä viesteistä, sähköpostitse, puhelimitse, asiakastapaamisista ja "
                                        + "muista tilanteista, joissa asiakas luovuttaa tietojaan.",
                                "Uppgifterna i registret får vi av kunden, bland annat genom meddelanden som skickas via "
                                        + "webbformulär, per e-post, per telefon, vid kundmöten och i andra situationer "
                                        + "där kunden lämnar sina uppgifter.",
                                "We get the data in the register from the customer: through messages sent with web "
                                        + "forms, by email, by phone, at appointments and whenever the customer gives "
                                        + "us their details."), false),
                        templateSource(RegisterTemplate.BOOKING_AND_PATIENTS, SourceKind.STAFF)))
                .recipients(List.of())
                .retention(List.of(
                        new RetentionRule(t("testauslomakkeet ja muut paperiset asiakasmateriaalit",
                                "testblanketter och annat kundmaterial på papper",
                                "test forms and other client material on paper"),
                                RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0,
                                t("Sen jälkeen paperilla oleva materiaali tuhotaan.",
                                        "Därefter förstörs materialet på papper.",
                                        "After that the paper material is destroyed.")),
                        templateRetention(RegisterTemplate.BOOKING_AND_PATIENTS, 0),
                        new RetentionRule(t("laskut ja maksutiedot", "fakturor och betalningsuppgifter",
                                "invoices and payment data"), RetentionCriterion.ACCOUNTING_VOUCHERS, null,
                                LocalizedText.EMPTY),
                        new RetentionRule(t("muut asiakastiedot", "övriga kunduppgifter", "other customer data"),
                                RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0,
                                t("Tiedot poistetaan, kun niiden edellä määritelty säilytysaika on kulunut.",
                                        "Uppgifterna raderas när den lagringstid som anges ovan har gått ut.",
                                        "The data is deleted when the retention period given above has passed."))))
                // An assumption for the sample, not the seed's answer: see the class comment.
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY))
                .provision(new Provision(ProvisionRequirement.REQUIRED_TO_ENTER_CONTRACT, t(
                        "Laki ei velvoita sinua antamaan tietoja, mutta laki velvoittaa meidät kirjaamaan hoidon "
                                + "kannalta tarpeelliset tiedot potilasasiakirjoihin. Ilman yhteystietojasi ja hoidon "
                                + "kannalta välttämättömiä tietoja emme voi antaa hoitoa. Uutiskirjeen tilaaminen on "
                                + "vapaaehtoista.",
                        "Lagen förpliktar dig inte att lämna uppgifterna, men lagen kräver att vi antecknar de uppgifter "
                                + "som behövs för vården i journalhandlingarna. Utan dina kontaktuppgifter och de "
                                + "uppgifter som vården kräver kan vi inte ge vård. Det är frivilligt att beställa "
                                + "nyhetsbrevet.",
                        "The law does not oblige you to give us the data, but it requires us to record what your "
                                + "treatment needs in the patient records. Without your contact details and that data "
                                + "we cannot treat you. Subscribing to the newsletter is voluntary.")))
                .transfersOutsideEea(Answer.YES)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(
                        catalogue("hubspot", t(
                                "Hubspot on alusta, johon Flowest voi tallentaa yhteystietosi ja lähettää uutiskirjeitä.",
                                "Hubspot är en plattform där Flowest kan spara dina kontaktuppgifter och skicka "
                                        + "nyhetsbrev.",
                                "HubSpot is a platform where Flowest can store your contact details and send "
                                        + "newsletters.")),
                        catalogue("holvi", t(
                                "Holvin Yritystili on palvelu, jota Flowest käyttää laskuttaakseen asiakkaitaan.",
                                "Holvis företagskonto är en tjänst som Flowest använder för att fakturera sina kunder.",
                                "Holvi's business account is the service Flowest uses to invoice its customers.")),
                        catalogue("vello", t(
                                "Vello on potilastieto- ja ajanhallintajärjestelmä. Järjestelmään ei tallennu "
                                        + "potilaskirjauksia, potilaskirjaukset ohjautuvat Vellon kautta suoraan "
                                        + "Kanta-järjestelmään.",
                                "Vello är ett patientdata- och tidsbokningssystem. Patientanteckningarna sparas inte i "
                                        + "systemet utan förmedlas via Vello direkt till Kanta-tjänsterna.",
                                "Vello is a patient data and appointment system. Patient record entries are not stored "
                                        + "in it; they pass through Vello straight to the Kanta services.")),
                        catalogue("roundcube-webmail", t(
                                "Flowest käyttää suoraan sähköpostiviestintään myös Roundcube-sähköpostia.",
                                "Flowest använder även Roundcube-e-post för direkt e-postkommunikation.",
                                "Flowest also uses Roundcube webmail for direct email.")),
                        catalogueSystem("kanta").toSystemUse()), translatedPhysiotherapySecurity(seed.security()), Cookies.NONE.withUsed(Answer.NO));
        return OwnSections.notice(Notice.withoutSharedSections(seed.controller(), seed.contactPerson(), seed.dataProtectionOfficer(),
                settings(t("Pyynnön voi lähettää kirjallisesti rekisterinpitäjälle, esimerkiksi sähköpostitse "
                                + "osoitteeseen veera.westerholm@flowest.fi. Uutiskirjeen tilauksen voit perua milloin "
                                + "tahansa jokaisen uutiskirjeen lopussa olevalla linkillä tai ilmoittamalla siitä "
                                + "yhteyshenkilölle.",
                        "Du kan skicka din begäran skriftligen till den personuppgiftsansvarige, till exempel per e-post "
                                + "till veera.westerholm@flowest.fi. Du kan när som helst säga upp nyhetsbrevet via "
                                + "länken i slutet av varje nyhetsbrev eller genom att meddela kontaktpersonen.",
                        "You can send your request in writing to the controller, for example by email to "
                                + "veera.westerholm@flowest.fi. You can unsubscribe from the newsletter at any time "
                                + "with the link at the end of every newsletter or by telling the contact person.")), List.of()), register);
    }

    public static Notice beautySalon() {
        Notice seed = SeedNotices.beautySalon();
        RegisterSections register = OwnSections.of(seed.registers().get(0).toBuilder()
                .name(t("Helmenloiste asiakastietojen, hoitojen, laskutus ja ajanvarausten rekisteri",
                        "Helmenloistes register över kunduppgifter, behandlingar, fakturering och tidsbokningar",
                        "Helmenloiste register of customer data, treatments, invoicing and bookings"))
                .purposes(List.of(
                        new Purpose(t("asiakassuhteen parantaminen", "att förbättra kundförhållandet",
                                "improving the customer relationship"), LegalBasis.LEGITIMATE_INTERESTS,
                                t("Helmenloisteen oikeutettu etu on kehittää palveluaan ja asiakassuhteitaan "
                                                + "asiakkaiden varausten ja käyntien perusteella.",
                                        "Helmenloistes berättigade intresse är att utveckla sin service och sina "
                                                + "kundrelationer utifrån kundernas bokningar och besök.",
                                        "Helmenloiste's legitimate interest is to improve its service and customer "
                                                + "relationships based on customers' bookings and visits.")),
                        new Purpose(t("ajanvarausten mahdollistaminen", "att möjliggöra tidsbokningar",
                                "making bookings possible"), LegalBasis.CONTRACT, LocalizedText.EMPTY),
                        new Purpose(t("laskutustietojen ylläpito", "att upprätthålla faktureringsuppgifter",
                                "keeping invoicing data"), LegalBasis.LEGAL_OBLIGATION, LocalizedText.EMPTY),
                        new Purpose(t("Rekisterinpitäjän ja asiakkaan asiakassuhteiden ylläpito",
                                "att upprätthålla kundförhållandet mellan den personuppgiftsansvarige och kunden",
                                "maintaining the customer relationship between the controller and the customer"),
                                LegalBasis.CONTRACT, LocalizedText.EMPTY),
                        new Purpose(t("palvelun edellyttämien yhteydenottojen ja viestien mahdollistaminen",
                                "att möjliggöra de kontakter och meddelanden som tjänsten kräver",
                                "making the contacts and messages the service needs possible"),
                                LegalBasis.CONTRACT, LocalizedText.EMPTY),
                        new Purpose(t("hoitosuhteen kannalta tarpeellisten tietojen tallentaminen asiakkaan "
                                        + "hyväksynnällä",
                                "att spara de uppgifter som behandlingen kräver när kunden har godkänt det",
                                "keeping the notes a treatment needs when the customer has agreed to it"),
                                LegalBasis.CONSENT, LocalizedText.EMPTY),
                        new Purpose(t("Rekisterinpitäjä voi myös lähettää markkinointi- ja muita tiedotusviestejä "
                                        + "asiakkaalle, mikäli asiakas on sen sallinut.",
                                "Den personuppgiftsansvarige kan också skicka marknadsförings- och andra "
                                        + "informationsmeddelanden till kunden om kunden har tillåtit det.",
                                "The controller may also send marketing and other news messages to customers who "
                                        + "have allowed it."), LegalBasis.CONSENT, LocalizedText.EMPTY, true, false),
                        new Purpose(t("Lokia käytetään mahdollisiin virheselvityksiin sekä tietoturvan ylläpitoon.",
                                "Loggen används för att utreda eventuella fel och för att upprätthålla "
                                        + "informationssäkerheten.",
                                "The log is used to investigate errors and to keep the system secure."),
                                LegalBasis.LEGITIMATE_INTERESTS,
                                t("Helmenloisteen ja Ajas Oy:n oikeutettu etu on pitää ajanvarausjärjestelmä "
                                                + "toimivana ja turvallisena.",
                                        "Helmenloistes och Ajas Oy:s berättigade intresse är att hålla "
                                                + "bokningssystemet fungerande och säkert.",
                                        "Helmenloiste and Ajas Oy have a legitimate interest in keeping the booking "
                                                + "system working and secure."))))
                .dataSubjects(List.of(
                        subjects(t("asiakkaat", "kunder", "customers")),
                        subjects(t("ajanvarausjärjestelmässä vierailevat käyttäjät",
                                "användare som besöker bokningssystemet", "people who visit the booking system"))))
                .dataCategories(List.of(
                        data(t("nimi", "namn", "name")),
                        data(t("sähköpostiosoite", "e-postadress", "email address")),
                        data(t("osoite", "adress", "address")).withOptional(true),
                        data(t("puhelinnumero", "telefonnummer", "phone number")).withOptional(true),
                        data(t("sukupuoli", "kön", "gender")).withOptional(true),
                        data(t("syntymävuosi", "födelseår", "year of birth")).withOptional(true),
                        data(t("syntymäaika", "födelsedatum", "date of birth")).withOptional(true),
                        DataCategory.ordinary(DataCategory.PERSONAL_IDENTITY_CODE,
                                t("henkilötunnus", "personbeteckning", "personal identity code")).withOptional(true),
                        data(t("asiakkaan laskutustiedot, kuten etu- ja sukunimi",
                                "kundens faktureringsuppgifter, såsom för- och efternamn",
                                "the customer's invoicing details, such as first name and surname")),
                        data(t("kieli", "språk", "language")),
                        data(t("tieto asiakaskirjeiden vastaanotosta sähköpostitse ja tekstiviestitse",
                                "om kunden vill få kundbrev per e-post och sms",
                                "whether the customer wants customer letters by email and text message")),
                        data(t("viimeisin sisäänkirjautuminen", "senaste inloggning", "last login")),
                        data(t("tiedot siitä kuka asiakastietoja on katsellut ja muokannut",
                                "uppgifter om vem som har sett och ändrat kunduppgifterna",
                                "who has viewed and changed the customer data")),
                        data(t("tehdyt varaukset", "gjorda bokningar", "bookings made")),
                        data(t("asiakaskäynnit", "kundbesök", "customer visits")),
                        data(t("maksut ja tieto siitä kuka niitä on katsellut tai muokannut",
                                "betalningar och uppgifter om vem som har sett eller ändrat dem",
                                "payments, and who has viewed or changed them")),
                        health(t("hoitosuhteen kannalta asiakkaan tallennettavaksi hyväksymät tiedot",
                                "uppgifter som behövs för behandlingen och som kunden har godkänt att sparas",
                                "notes a treatment needs that the customer has agreed to have stored"),
                                Article9Condition.EXPLICIT_CONSENT),
                        data(t("IP-osoitteet", "IP-adresser", "IP addresses"))))
                .identityCodeReason(t("jos laki edellyttää sitä hoitosuhteen perusteella",
                        "när lagen kräver det på grund av behandlingen",
                        "where the law requires it for the treatment"))
                .sources(List.of(
                        new DataSource(SourceKind.DATA_SUBJECT, t("Tiedot tallennetaan ajanvarauksen yhteydessä.",
                                "Uppgifterna sparas när du bokar en tid.",
                                "The data is stored when you book an appointment."), false),
                        new DataSource(SourceKind.STAFF, t("Tietoja kerätään myös asiakasta palvelevalta "
                                        + "hoitohenkilöstöltä.",
                                "Uppgifter samlas också in av den personal som behandlar kunden.",
                                "Data also comes from the staff who treat the customer."), false),
                        new DataSource(SourceKind.OTHER, t("Ajas-ajanvarausjärjestelmässä vierailevien käyttäjien "
                                        + "IP-osoitteet tallentuvat niille varattuun lokiin.",
                                "IP-adresserna för användare som besöker bokningssystemet Ajas sparas i en logg "
                                        + "som är avsedd för dem.",
                                "The IP addresses of people who visit the Ajas booking system are stored in a log "
                                        + "kept for them."), false)))
                .recipients(List.of())
                .retention(List.of(
                        new RetentionRule(t("asiakastiedot", "kunduppgifter", "customer data"),
                                RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0, LocalizedText.EMPTY),
                        new RetentionRule(t("laskutustiedot ja maksut", "faktureringsuppgifter och betalningar",
                                "invoicing data and payments"), RetentionCriterion.ACCOUNTING_VOUCHERS, null,
                                LocalizedText.EMPTY)))
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY))
                .provision(new Provision(ProvisionRequirement.REQUIRED_TO_ENTER_CONTRACT, t(
                        "Nimi ja sähköpostiosoite tarvitaan ajanvaraukseen ja laskutukseen; ilman niitä emme voi varata "
                                + "sinulle aikaa. Vapaaehtoisiksi merkityt tiedot voit jättää antamatta. "
                                + "Markkinointiviestien tilaaminen ja hoitotietojen tallentaminen ovat "
                                + "vapaaehtoisia.",
                        "Namn och e-postadress behövs för bokningen och faktureringen; utan dem kan vi inte boka en tid "
                                + "åt dig. Uppgifter som är markerade som frivilliga behöver du inte lämna. Det är "
                                + "frivilligt att beställa marknadsföringsmeddelanden och att låta oss spara "
                                + "behandlingsuppgifter.",
                        "We need your name and email address to book and invoice; without them we cannot book you an "
                                + "appointment. You do not have to give the data marked optional. Marketing messages "
                                + "and storing treatment notes are voluntary.")))
                .transfersOutsideEea(Answer.NO)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(catalogue("ajas", t("ajanvaraus- ja asiakastietojärjestelmä",
                        "tidsbokning och kundregister", "booking and customer records system"))), translatedBeautySalonSecurity(seed.security()), new Cookies(Answer.YES,
                        List.of(new CookieEntry("", "Ajas Oy", t(
                                "Luo turvallisen istunnon, jonka ajan ajanvarausjärjestelmä tietää kyseessä olevan saman "
                                        + "käyttäjän. Ilman sitä ajanvaraukseen kirjautuminen ei onnistu.",
                                "Skapar en säker session under vilken bokningssystemet vet att det är samma användare. "
                                        + "Utan den går det inte att logga in i tidsbokningen.",
                                "Creates a secure session during which the booking system knows it is the same user. "
                                        + "Without it you cannot log in to the booking."),
                                CookieCategory.NECESSARY,
                                t("istunnon ajan", "under sessionen", "for the session"))),
                        CookieConsent.NOT_STATED,
                        t("Käytämme ajanvarausjärjestelmässä evästeitä. Eväste on pieni, käyttäjän selaimelle "
                                        + "talletettava ja siellä säilytettävä merkintä, joka mahdollistaa sen, että "
                                        + "käyttäjälle voidaan luoda turvallinen istunto (sessio), jonka ajan järjestelmä "
                                        + "tietää kyseessä olevan saman käyttäjän. Ilman evästeitä ajanvarauspalveluun "
                                        + "kirjautuminen ei onnistu. Evästeet eivät vahingoita käyttäjien tietokoneita "
                                        + "tai tiedostoja. Mikäli ajanvarausjärjestelmässä vieraileva käyttäjä ei halua "
                                        + "sallia evästeitä, se on mahdollista, mutta tällöin palveluiden sujuvaa "
                                        + "toimintaa ei voida taata, sillä evästeet ovat tarpeellisia ylläpitämiemme "
                                        + "sivujen ja tarjoamiemme palveluiden asianmukaiselle toimimiselle.",
                                "Vi använder kakor i bokningssystemet. En kaka är en liten anteckning som sparas i "
                                        + "användarens webbläsare och som gör det möjligt att skapa en säker session "
                                        + "under vilken systemet vet att det är samma användare. Utan kakor går det inte "
                                        + "att logga in i bokningstjänsten. Kakor skadar inte användarnas datorer eller "
                                        + "filer. Den som besöker bokningssystemet kan välja att inte tillåta kakor, men "
                                        + "då kan vi inte garantera att tjänsterna fungerar smidigt, eftersom kakorna "
                                        + "behövs för att våra sidor och tjänster ska fungera som de ska.",
                                "We use cookies in the booking system. A cookie is a small note stored in the user's "
                                        + "browser that lets the system create a secure session, during which it knows "
                                        + "it is the same user. Without cookies you cannot log in to the booking "
                                        + "service. Cookies do not harm users' computers or files. Visitors to the "
                                        + "booking system may refuse cookies, but then we cannot promise that the "
                                        + "services work smoothly, because our pages and services need cookies to work "
                                        + "properly.")));
        // W8: the seed's "Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa." is
        // removed: a limit on access requests is unlawful (GDPR Art. 12(5) and 15(3)).
        return OwnSections.notice(Notice.withoutSharedSections(seed.controller(), seed.contactPerson(), seed.dataProtectionOfficer(),
                settings(t("Pyynnöt on osoitettava edellä mainitulle rekisterin yhteyshenkilölle. Asiakas voi "
                                + "kieltäytyä markkinointi- ja tiedotusviesteistä ilmoittamalla siitä sähköpostitse "
                                + "osoitteeseen annukka@helmenloiste.fi. Samalla tavalla voit perua suostumuksesi "
                                + "hoitotietojen tallentamiseen.",
                        "Begäranden ska riktas till registrets kontaktperson ovan. Kunden kan tacka nej till "
                                + "marknadsförings- och informationsmeddelanden genom att meddela det per e-post till "
                                + "annukka@helmenloiste.fi. På samma sätt kan du återkalla ditt samtycke till att vi "
                                + "sparar behandlingsuppgifter.",
                        "Send your requests to the register's contact person named above. Customers can refuse "
                                + "marketing and news messages by email to annukka@helmenloiste.fi. You can withdraw "
                                + "your consent to storing treatment notes the same way.")), List.of()), register);
    }

    private static Security translatedPhysiotherapySecurity(Security seed) {
        return new Security(seed.measures(),
                t(seed.paperText().fi(),
                        "Dokumentation om kunderna som inte är i elektronisk form (till exempel testblanketter och annat "
                                + "kundmaterial på papper) förvaras i ett låst skåp i lokaler som Flowest förvaltar. "
                                + "Personhandlingar på papper förvaras i en låst lokal.",
                        "Client documents not in electronic form (such as test forms and other client material on "
                                + "paper) are kept in a locked cabinet in premises Flowest manages. Personal documents "
                                + "on paper are kept in a locked room."),
                t(seed.electronicText().fi(),
                        "Uppgifterna förvaras tekniskt skyddade. Åtkomst till uppgifterna kräver tillräckliga "
                                + "behörigheter, och företaget ser till att enheterna som det använder skyddas med "
                                + "lämpliga säkerhetsprogram. Uppgifterna som sparas och behandlas i "
                                + "informationssystemen är tillgängliga endast för kontaktpersonen. Användningen kräver "
                                + "inloggning i informationssystemet. Användaren har tystnadsplikt.",
                        "The data is kept technically protected. Access to it needs the right permissions, and the "
                                + "business keeps its devices protected with suitable security software. Only the "
                                + "contact person can use the data stored and processed in the information systems. "
                                + "Using them requires logging in. The user is bound by a duty of confidentiality."),
                seed.organisationalText());
    }

    private static Security translatedBeautySalonSecurity(Security seed) {
        return new Security(seed.measures(), seed.paperText(),
                t(seed.electronicText().fi(),
                        "Webbtjänsten som används för att behandla registeruppgifterna är skyddad med lösenord, och "
                                + "servern och de andra servrarna är skyddade med brandväggar, lösenord och andra "
                                + "tekniska medel. Lösenord sparas inte i klartext på servern utan saltade och "
                                + "krypterade med en metod som vid varje tidpunkt anses säker. Servern finns i en låst "
                                + "och bevakad lokal i Upcloud Oy:s serverhall i Helsingfors. Uppgifterna "
                                + "säkerhetskopieras automatiskt. Till loggen har endast förutbestämda personer i "
                                + "personalen för Ajas-systemet tillgång. Kunden ska hålla sitt eget användarnamn och "
                                + "lösenord hemliga för tredje parter, om kunden har sådana.",
                        "The web service used to process the register's data is protected with passwords, and the "
                                + "server and the other servers are protected with firewalls, passwords and other "
                                + "technical means. Passwords are not stored on the server in plain text but salted "
                                + "and encrypted with a method considered secure at the time. The server is in a locked "
                                + "and guarded room in Upcloud Oy's data centre in Helsinki. The data is backed up "
                                + "automatically. Only designated staff of the Ajas system have access to the log. "
                                + "Customers must keep their own user name and password secret from others, if they "
                                + "have them."),
                t(seed.organisationalText().fi(),
                        "Personalen på Ajas Oy har tystnadsplikt, och var och en har undertecknat ett "
                                + "sekretessavtal där de förbinder sig att inte avslöja något om kunduppgifterna. Om "
                                + "någon bryter sig in i de system vi använder så att det påverkar dig, får vi veta det, "
                                + "meddelar dig så snart som möjligt och berättar senare vilka åtgärder vi vidtog.",
                        "Ajas Oy's staff are bound by a duty of confidentiality, and each of them has signed a "
                                + "confidentiality agreement not to reveal anything about customer data. If someone "
                                + "breaks into the systems we use in a way that affects you, we will find out, tell you "
                                + "as soon as possible and later say what we did about it."));
    }

    /** As the wizard adds it: self-hosted software gets no vendor until the owner names who runs it. */
    private static SystemUse catalogue(String id, LocalizedText usedFor) {
        CatalogueSystem entry = catalogueSystem(id);
        SystemUse use = entry.toSystemUse().withUsedFor(usedFor);
        return entry.needsHostingProvider() ? use.withVendor("") : use;
    }

    private static DataSubjectGroup subjects(LocalizedText label) {
        return new DataSubjectGroup(null, label);
    }

    private static DataCategory data(LocalizedText label) {
        return DataCategory.ordinary(null, label);
    }

    private static DataCategory health(LocalizedText label, Article9Condition condition) {
        return new DataCategory(null, label, SpecialCategory.HEALTH, condition);
    }
}
