package fi.seloste.seeds;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Provision;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;
import fi.seloste.testing.OwnSections;

/**
 * The two real published notices of ../shared/seeds/ as Seloste notices: what the owner would have typed, in the
 * seed's own Finnish words, and nothing the seed does not say. Swedish and English are left empty.
 *
 * <p>Which seed sentence fills which field is listed in
 * src/test/resources/fi/seloste/seeds/&lt;seed&gt;.statements.tsv; {@link SeedExpressibilityTest} checks both
 * directions. Text Seloste prints itself (headings, the rights, the supervisory authority, the law the notice rests
 * on) is not stored, so the seeds' obsolete law names (henkilötietolaki) do not appear here. Fields the seed leaves
 * unsaid stay empty on purpose: a completeness check must flag them.
 */
public final class SeedNotices {

    private SeedNotices() {
    }

    /** physiotherapy-practice-tietosuojaseloste.txt: Flowest, a physiotherapist in Tähtelä. */
    public static Notice physiotherapy() {
        PostalAddress address = new PostalAddress("Pallokentäntie 19 A 2", "10120", "Tähtelä");
        Controller controller = new Controller("Flowest", "3015969-6", address, "+35850 405 4126", "", "");
        Person contact = new Person("Veera Westerholm", LocalizedText.EMPTY, "veera.westerholm@flowest.fi", "+35850 4054126", address);
        NoticeSettings settings = new NoticeSettings(Set.of(Language.FI), null, LocalizedText.EMPTY,
                fi("Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle."));
        return OwnSections.notice(Notice.withoutSharedSections(controller, contact, null, settings, List.of()), physiotherapyCustomers());
    }

    /** beauty-salon-rekisteriseloste.txt: Helmenloiste, a beauty salon in Raisio using the Ajas booking system. */
    public static Notice beautySalon() {
        PostalAddress address = new PostalAddress("Näätäpolku 10", "21220", "Raisio");
        Controller controller = new Controller("Helmenloiste", "1316747-5", address, "", "annukka@helmenloiste.fi", "");
        Person contact = new Person("Anna-Maj Blomgren", LocalizedText.EMPTY, "annukka@helmenloiste.fi", "040-5565483", address);
        NoticeSettings settings = new NoticeSettings(Set.of(Language.FI), null, LocalizedText.EMPTY,
                fi("Pyynnöt on osoitettava kohdassa 2 määritellylle rekisterin yhteyshenkilölle. "
                        + "Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa. "
                        + "Asiakas voi kieltäytyä näistä tiedotteista ilmoittamalla siitä sähköpostitse osoitteeseen "
                        + "annukka@helmenloiste.fi"));
        return OwnSections.notice(Notice.withoutSharedSections(controller, contact, null, settings, List.of()), beautySalonCustomers());
    }

    private static RegisterSections physiotherapyCustomers() {
        return new RegisterSections(new Register(1, RegisterTemplate.BLANK,
                fi("Flowest asiakastietorekisteri"),
                LocalizedText.EMPTY,
                List.of(new Purpose(fi("Henkilötietoja käsitellään asiakassuhteen hoitamiseksi."),
                        LegalBasis.LEGITIMATE_INTERESTS, LocalizedText.EMPTY)),
                List.of(subjects("asiakkaat"), subjects("yhteistietonsa jättäneet henkilöt"),
                        subjects("yhteistyökumppanit")),
                List.of(data("nimi"), data("osoite"), data("sähköpostiosoite"), data("puhelinnumero"),
                        data("testauslomakkeet ja muut paperiset asiakasmateriaalit"),
                        new DataCategory(null, fi("potilaskirjaukset"), SpecialCategory.HEALTH, null)),
                LocalizedText.EMPTY,
                List.of(new DataSource(SourceKind.DATA_SUBJECT, fi("Rekisteriin tallennettavat tiedot saadaan asiakkaalta "
                        + "mm. verkkolomakkeilla lähetetyistä viesteistä, sähköpostitse, puhelimitse, asiakastapaamisista "
                        + "ja muista tilanteista, joissa asiakas luovuttaa tietojaan."), false)), List.of(),
                List.of(new Recipient(LocalizedText.finnish("Kanta"),
                        fi("potilaskirjaukset ohjautuvat Vellon kautta suoraan Kanta-järjestelmään"),
                        RecipientKind.STATUTORY, List.of())),
                List.of(new RetentionRule(fi("testauslomakkeet ja muut paperiset asiakasmateriaalit"),
                                RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0,
                                fi("asiakassuhteen ajan, jonka jälkeen paperilla oleva materiaali tuhotaan")),
                        new RetentionRule(LocalizedText.EMPTY, RetentionCriterion.AS_REQUIRED_BY_LAW, null,
                                fi("Henkilötiedot voidaan säilyttää myös tätä kauemmin, jos sovellettava lainsäädäntö "
                                        + "tai sopimusvelvoitteet kolmansia osapuolia kohtaan edellyttävät pidempää "
                                        + "säilytysaikaa. Tiedot poistetaan, kun niiden edellä määritelty "
                                        + "säilytysaika on kulunut."))),
                // "Tietoja ei käytetä automatisoituun päätöksentekoon tai profilointiin."
                new AutomatedDecisions(Answer.NO, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY),
                Provision.NOT_STATED,
                Answer.NOT_ANSWERED,
                Answer.NOT_ANSWERED),
                List.of(system("Hubspot", "Hubspot on alusta, johon Flowest voi tallentaa yhteystietosi ja lähettää "
                                + "uutiskirjeitä."),
                        system("Holvi", "Holvin Yritystili on palvelu, jota Flowest käyttää laskuttaakseen asiakkaitaan"),
                        system("Vello", "Vello on potilastieto- ja ajanhallintajärjestelmä. Järjestelmään ei tallennu "
                                + "potilaskirjauksia, potilaskirjaukset ohjautuvat Vellon kautta suoraan "
                                + "Kanta-järjestelmään."),
                        system("Roundcube -webmail", "Flowest käyttää suoraan sähköpostiviestintään myös "
                                + "Roundcube-sähköpostia.")),
                new Security(EnumSet.of(SecurityMeasure.LOCKED_CABINET, SecurityMeasure.LOCKED_PREMISES,
                        SecurityMeasure.SHREDDING, SecurityMeasure.PERSONAL_ACCOUNTS,
                        SecurityMeasure.ACCESS_RIGHTS_BY_ROLE, SecurityMeasure.UPDATES_AND_MALWARE_PROTECTION,
                        SecurityMeasure.CONFIDENTIALITY_OBLIGATION),
                        fi("Asiakkaisiin liittyvää, ei sähköisessä muodossa olevaa dokumentaatiota (kuten "
                                + "testauslomakkeet ja muut paperiset asiakasmateriaalit) säilytetään Flowestin "
                                + "hallinnoimassa tilassa lukitussa kaapissa. Paperisessa muodossa olevat "
                                + "henkilöasiakirjat säilytetään lukitussa tilassa."),
                        fi("Tietoja säilytetään teknisesti suojattuina. Pääsy tietoihin vaatii riittävät oikeudet ja "
                                + "yritys huolehtii, että yrityksen käytössä olevien laitteiden tietoturvasta "
                                + "huolehditaan asianmukaisilla suojaohjelmilla. Tietojärjestelmillä tallennettavat ja "
                                + "käsiteltävät tiedot ovat vain yhteyshenkilön käytettävissä. Käyttö edellyttää "
                                + "kirjautumista tietojärjestelmään. Käyttäjää sitoo vaitiolovelvollisuus.")),
                Cookies.NONE);
    }

    private static RegisterSections beautySalonCustomers() {
        return new RegisterSections(new Register(1, RegisterTemplate.BLANK,
                fi("Helmenloiste asiakastietojen, hoitojen, laskutus ja ajanvarausten rekisteri"),
                LocalizedText.EMPTY,
                List.of(purpose("asiakassuhteen parantaminen", null),
                        purpose("ajanvarausten mahdollistaminen", null),
                        purpose("laskutustietojen ylläpito", null),
                        purpose("Rekisterinpitäjän ja asiakkaan asiakassuhteiden ylläpito", null),
                        purpose("palvelun edellyttämien yhteydenottojen ja viestien mahdollistaminen", null),
                        purpose("Rekisterinpitäjä voi myös lähettää markkinointi- ja muita tiedotusviestejä asiakkaalle, "
                                + "mikäli asiakas on sen sallinut.", LegalBasis.CONSENT).withDirectMarketing(true),
                        purpose("Lokia käytetään mahdollisiin virheselvityksiin sekä tietoturvan ylläpitoon.", null)),
                List.of(subjects("ajanvarausjärjestelmässä vierailevat käyttäjät")),
                List.of(data("nimi"), data("sähköpostiosoite"), data("osoite").withOptional(true),
                        data("puhelinnumero").withOptional(true), data("sukupuoli").withOptional(true),
                        data("syntymävuosi").withOptional(true), data("syntymäaika"),
                        DataCategory.ordinary(DataCategory.PERSONAL_IDENTITY_CODE, fi("henkilötunnus")),
                        data("asiakkaan laskutustiedot, kuten etu- ja sukunimi"), data("kieli"),
                        data("tieto asiakaskirjeiden vastaanotosta sähköpostitse ja tekstiviestitse"),
                        data("viimeisin sisäänkirjautuminen"),
                        data("tiedot siitä kuka asiakastietoja on katsellut ja muokannut"),
                        data("tehdyt varaukset"), data("asiakaskäynnit"),
                        data("maksut ja tieto siitä kuka niitä on katsellut tai muokannut"),
                        data("hoitosuhteen kannalta asiakkaan tallennettavaksi hyväksymät tiedot"),
                        data("IP-osoitteet")),
                fi("jos laki edellyttää sitä hoitosuhteen perusteella"),
                List.of(new DataSource(SourceKind.DATA_SUBJECT, fi("Tiedot tallennetaan ajanvarauksen yhteydessä."), false),
                        new DataSource(SourceKind.STAFF, fi("Tietoja kerätään myös asiakasta palvelevalta "
                                + "hoitohenkilöstöltä."), false),
                        new DataSource(SourceKind.OTHER, fi("Ajas-ajanvarausjärjestelmässä vierailevien käyttäjien "
                                + "IP-osoitteet tallentuvat niille varattuun lokiin."), false)), List.of(),
                List.of(),
                List.of(new RetentionRule(LocalizedText.EMPTY, RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0,
                                LocalizedText.EMPTY),
                        new RetentionRule(LocalizedText.EMPTY, RetentionCriterion.AS_REQUIRED_BY_LAW, null,
                                fi("Tietojen säilytyksessä on huomioitu sitä koskevat lait, asetukset ja direktiivit."))),
                AutomatedDecisions.NONE,
                Provision.NOT_STATED,
                // "Tietoja ei luovuteta kolmansille osapuolille eikä EU:n tai Euroopan talousalueen ulkopuolelle."
                Answer.NO,
                Answer.NO),
                List.of(new SystemUse(null, "Ajas", "Ajas Oy", fi("ajanvaraus- ja asiakastietojärjestelmä"),
                        ProcessingRole.PROCESSOR, LocalizedText.finnish("Upcloud Oy:n palvelinsalissa Helsingissä"), null, "", null)),
                new Security(EnumSet.of(SecurityMeasure.PERSONAL_ACCOUNTS, SecurityMeasure.FIREWALL,
                        SecurityMeasure.BACKUPS, SecurityMeasure.ACCESS_RIGHTS_BY_ROLE,
                        SecurityMeasure.CONFIDENTIALITY_OBLIGATION, SecurityMeasure.ACCESS_LOGGING),
                        LocalizedText.EMPTY,
                        fi("Rekisteritiedon käsittelyyn käytettävä verkkopalvelu on suojattu salasanojin ja palvelin sekä "
                                + "muut palvelimet ovat suojattuja palomurein, salasanojin ja muin teknisin keinoin. "
                                + "Salasanoja ei tallenneta palvelimelle selkokielisenä vaan ne säilytetään suolattuina ja "
                                + "kryptattuina \"salt\" kulloinkin turvallisena pidettynä menetelmää käyttäen. Palvelin "
                                + "sijaitsee lukitussa ja vartioidussa tilassa Upcloud Oy:n palvelinsalissa Helsingissä. "
                                + "Tietojen säilyvyys on varmistettu automaattisten varmuuskopioiden avulla. Lokiin on "
                                + "pääsy rekisterinpitoon käytettävän Ajas-järjestelmän henkilöstöstä ennalta määrätyillä "
                                + "henkilöillä. Asiakkaan on pidettävä oma käyttäjätunnus ja salasana salassa "
                                + "kolmansilta osapuolilta, mikäli asiakkaalla on sellaiset."),
                        fi("Ajas Oy:n henkilöstö on vaitiolovelvollinen ja jokainen on allekirjoittanut "
                                + "salassapitosopimukset, jossa sitoutuvat olemaan paljastamatta mitään asiakastietoihin "
                                + "liittyvää tietoa. Jos käyttämiimme järjestelmiin murtaudutaan niin, että se vaikuttaa "
                                + "sinuun, saamme siitä tiedon ja ilmoitamme siitä mahdollisimman nopeasti ja kerromme "
                                + "myöhemmin mitä vastatoimenpiteitä me teimme.")),
                new Cookies(Answer.YES, List.of(), CookieConsent.BROWSER_SETTINGS_ONLY, fi("Eväste on pieni, "
                        + "käyttäjän selaimelle talletettava ja siellä säilytettävä merkintä, joka mahdollistaa sen, että käyttäjälle voidaan luoda turvallinen istunto (sessio), "
                        + "jonka ajan järjestelmä tietää kyseessä olevan saman käyttäjän. Ilman evästeitä "
                        + "ajanvarauspalveluun kirjautuminen ei onnistu. Evästeet eivät vahingoita käyttäjien "
                        + "tietokoneita tai tiedostoja. Mikäli ajanvarausjärjestelmässä vieraileva käyttäjä ei halua "
                        + "sallia evästeitä, se on mahdollista, mutta tällöin palveluiden sujuvaa toimintaa ei voida "
                        + "taata, sillä evästeet ovat tarpeellisia ylläpitämiemme sivujen ja tarjoamiemme palveluiden "
                        + "asianmukaiselle toimimiselle.")));
    }

    private static LocalizedText fi(String text) {
        return LocalizedText.finnish(text);
    }

    private static DataSubjectGroup subjects(String label) {
        return new DataSubjectGroup(null, fi(label));
    }

    private static DataCategory data(String label) {
        return DataCategory.ordinary(null, fi(label));
    }

    private static Purpose purpose(String description, LegalBasis basis) {
        return new Purpose(fi(description), basis, LocalizedText.EMPTY);
    }

    /** A system the seed names, with only what the seed says: no vendor, location or transfer facts. */
    private static SystemUse system(String name, String usedFor) {
        return new SystemUse(null, name, "", fi(usedFor), ProcessingRole.PROCESSOR, LocalizedText.EMPTY, null, "", null);
    }
}
