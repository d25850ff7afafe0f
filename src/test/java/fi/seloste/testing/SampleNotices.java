package fi.seloste.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
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
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

/** Notice content for tests, with every field set to something other than its default. */
public final class SampleNotices {

    private SampleNotices() {
    }

    public static LocalizedText text(String fi) {
        return new LocalizedText(fi, "sv: " + fi, "en: " + fi);
    }

    public static Controller controller() {
        return new Controller("Flowest", "3015969-6", new PostalAddress("Pallokentäntie 19 A 2", "10120", "Tähtelä"),
                "+358 50 405 4126", "veera.westerholm@flowest.fi", "https://flowest.fi");
    }

    public static Person contactPerson() {
        return new Person("Veera Westerholm", text("yrittäjä"), "veera.westerholm@flowest.fi", "+358 50 405 4126",
                new PostalAddress("Pallokentäntie 19 A 2", "10120", "Tähtelä"));
    }

    public static Person dataProtectionOfficer() {
        return new Person("", text("tietosuojavastaava"), "tietosuoja@flowest.fi", "", PostalAddress.EMPTY);
    }

    public static NoticeSettings settings() {
        return new NoticeSettings(EnumSet.of(Language.FI, Language.SV, Language.EN), LocalDate.of(2027, 11, 1),
                text("Tämä on EU:n yleisen tietosuoja-asetuksen mukainen rekisteri- ja tietosuojaseloste."),
                text("Pyyntö lähetetään kirjallisesti rekisterinpitäjälle."));
    }

    /** A patient register with every list non-empty and every flag and text set. */
    public static Register patientRegister(long id) {
        return new Register(id, RegisterTemplate.BOOKING_AND_PATIENTS,
                text("Flowest asiakastietorekisteri"),
                text("Asiakkaiden ja potilaiden tiedot."),
                List.of(new Purpose(text("Asiakassuhteen hoitaminen"), LegalBasis.LEGITIMATE_INTERESTS,
                                text("Asiakassuhteen ylläpito ja yhteydenpito")),
                        new Purpose(text("Uutiskirje"), LegalBasis.CONSENT, LocalizedText.EMPTY),
                        new Purpose(text("Kirjanpito"), null, LocalizedText.EMPTY)),
                List.of(new DataSubjectGroup("customers", text("Asiakkaat")),
                        new DataSubjectGroup(null, text("Yhteistyökumppanit"))),
                List.of(DataCategory.ordinary("name", text("Nimi")),
                        DataCategory.ordinary(DataCategory.PERSONAL_IDENTITY_CODE, text("Henkilötunnus")),
                        new DataCategory("health", text("Terveystiedot"), SpecialCategory.HEALTH,
                                Article9Condition.HEALTH_OR_SOCIAL_CARE),
                        new DataCategory(null, text("Oma merkintä"), SpecialCategory.BIOMETRIC, null, true)),
                text("Potilaan yksilöinti potilasasiakirjoissa"),
                List.of(new DataSource(SourceKind.DATA_SUBJECT, text("Verkkolomakkeet, sähköposti, puhelin"), false),
                        new DataSource(SourceKind.POPULATION_INFORMATION_SYSTEM, text("Osoitetiedot"), true)), List.of("s1", "s2"),
                List.of(new Recipient(text("Verohallinto"), text("Verotustiedot lain nojalla"), RecipientKind.STATUTORY, List.of()),
                        new Recipient(text("Kirjanpitäjä UK Ltd"), text("Kirjanpito"), RecipientKind.REGULAR,
                                List.of(new Transfer("GB", TransferSafeguard.ADEQUACY_DECISION)))),
                List.of(new RetentionRule(text("Laskutustiedot"), RetentionCriterion.ACCOUNTING_VOUCHERS, null,
                                text("Kirjanpitolaki")),
                        new RetentionRule(LocalizedText.EMPTY, RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 2,
                                LocalizedText.EMPTY)),
                new AutomatedDecisions(Answer.YES, Answer.YES, text("Pisteytys"), text("Tarjousten kohdentaminen")),
                new Provision(ProvisionRequirement.REQUIRED_TO_ENTER_CONTRACT, text("Hoitoa ei voida antaa")),
                Answer.YES,
                Answer.NO);
    }

    /** The systems the patient register uses, keyed s1 and s2 as {@link #patientRegister} names them. */
    public static List<SystemUse> patientSystems() {
        List<SystemUse> systems = List.of(new SystemUse("vello", "Vello", "Vello Oy", text("Potilastiedot ja ajanvaraus"),
                        ProcessingRole.PROCESSOR, text("Suomi"), List.of(), "https://vello.fi/tietosuoja",
                        LocalDate.of(2026, 10, 1)),
                new SystemUse(null, "HubSpot", "HubSpot Inc.", text("Uutiskirjeet"),
                        ProcessingRole.PROCESSOR, text("EU ja Yhdysvallat"),
                        List.of(new Transfer("US", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK)),
                        "https://legal.hubspot.com/privacy-policy", null));
        return List.of(systems.get(0).withKey("s1"), systems.get(1).withKey("s2"));
    }

    public static Security security() {
        return new Security(EnumSet.of(SecurityMeasure.LOCKED_CABINET, SecurityMeasure.PERSONAL_ACCOUNTS,
                        SecurityMeasure.BACKUPS), text("Lukittu kaappi"), text("Kirjautuminen vaaditaan"),
                        text("Salassapitosopimukset"));
    }

    public static Cookies cookies() {
        return new Cookies(Answer.YES, List.of(new CookieEntry("_ga", "Google", text("Kävijätilastot"), CookieCategory.ANALYTICS,
                        text("2 vuotta"))), CookieConsent.CONSENT_TOOL, text("Ajanvarausjärjestelmä käyttää evästeitä"));
    }

    /** The notice with the business's sections of the samples: the patient register's systems, security, cookies. */
    public static Notice withSharedSections(Notice notice) {
        return notice.withSystems(patientSystems()).withSecurity(security()).withCookies(cookies());
    }
}
