package fi.seloste.samples;

import static fi.seloste.samples.SampleParts.catalogueSystem;
import static fi.seloste.samples.SampleParts.settings;
import static fi.seloste.samples.SampleParts.t;
import static fi.seloste.samples.SampleParts.template;
import static fi.seloste.samples.SampleParts.tickedCategories;
import static fi.seloste.samples.SampleParts.tickedSources;
import static fi.seloste.samples.SampleParts.tickedSubjects;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;
import fi.seloste.testing.OwnSections;

/**
 * One complete notice per register template, for a small made-up business of the kind that uses it: the register
 * started from the template's catalogue entry ({@code newRegister}) and completed as an owner would in the wizard —
 * every question answered, a few catalogue systems typical for the template, security measures ticked, a contact
 * person, and the notice published in Finnish, Swedish and English with the owner's texts in all three. The seventh
 * notice holds all six registers, so a reader sees them side by side. Names, addresses and phone numbers are made up;
 * the Y-tunnus values are valid check-digit examples.
 */
public final class TemplateNotices {

    /** The six templates an owner starts a register from (BLANK has no content to read). */
    public static final List<RegisterTemplate> TEMPLATES = List.of(RegisterTemplate.CUSTOMERS,
            RegisterTemplate.MARKETING_AND_NEWSLETTER, RegisterTemplate.BOOKING_AND_PATIENTS,
            RegisterTemplate.WEB_SHOP_ORDERS, RegisterTemplate.JOB_APPLICANTS, RegisterTemplate.EMPLOYEES);

    private TemplateNotices() {
    }

    /** Every sample by a file-name stem: one per template, then "all-registers". */
    public static Map<String, Notice> all() {
        Map<String, Notice> notices = new LinkedHashMap<>();
        for (RegisterTemplate template : TEMPLATES) {
            notices.put("template-" + template.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    notice(template));
        }
        notices.put("template-all-registers", allRegisters());
        return notices;
    }

    public static Notice notice(RegisterTemplate template) {
        return switch (template) {
            case CUSTOMERS -> notice("Remonttipalvelu Esimerkki Oy", "2077474-0",
                    new PostalAddress("Hämeenkatu 10", "33100", "Tampere"), "https://www.remontti-esimerkki.fi",
                    new Person("Mikko Esimerkki", LocalizedText.EMPTY, "mikko@remontti-esimerkki.fi", "040 123 4567", null),
                    customers(1));
            case MARKETING_AND_NEWSLETTER -> notice("Kukkakauppa Esimerkki Oy", "1572860-0",
                    new PostalAddress("Aurakatu 5", "20100", "Turku"), "https://www.kukka-esimerkki.fi",
                    new Person("Liisa Esimerkki", LocalizedText.EMPTY, "liisa@kukka-esimerkki.fi", "040 234 5678", null),
                    marketing(1));
            case BOOKING_AND_PATIENTS -> notice("Fysio Esimerkki Oy", "2773203-3",
                    new PostalAddress("Kauppakatu 20", "40100", "Jyväskylä"), "https://www.fysio-esimerkki.fi",
                    new Person("Sanna Esimerkki", LocalizedText.EMPTY, "tietosuoja@fysio-esimerkki.fi", "040 345 6789", null),
                    patients(1));
            case WEB_SHOP_ORDERS -> notice("Puoti Esimerkki Oy", "0581846-9",
                    new PostalAddress("Aleksanterinkatu 15", "15110", "Lahti"), "https://www.puoti-esimerkki.fi",
                    new Person("Jukka Esimerkki", LocalizedText.EMPTY, "asiakaspalvelu@puoti-esimerkki.fi", "040 456 7890", null),
                    webShop(1));
            case JOB_APPLICANTS -> notice("Ohjelmisto Esimerkki Oy", "0245974-7",
                    new PostalAddress("Tekniikantie 12", "02150", "Espoo"), "https://www.ohjelmisto-esimerkki.fi",
                    new Person("Anna Esimerkki", LocalizedText.EMPTY, "rekry@ohjelmisto-esimerkki.fi", "040 567 8901", null),
                    applicants(1));
            case EMPLOYEES -> notice("Kahvila Esimerkki Oy", "1655568-4",
                    new PostalAddress("Kirkkokatu 8", "90100", "Oulu"), "https://www.kahvila-esimerkki.fi",
                    new Person("Pekka Esimerkki", LocalizedText.EMPTY, "pekka@kahvila-esimerkki.fi", "040 678 9012", null),
                    employees(1));
            case BLANK -> throw new IllegalArgumentException("BLANK has no template content to complete");
        };
    }

    /** A clinic with a web shop, a newsletter, staff and recruitment: all six registers in one notice. */
    public static Notice allRegisters() {
        return notice("Hyvinvointi Esimerkki Oy", "1234567-1",
                new PostalAddress("Esimerkkitie 1", "00100", "Helsinki"), "https://www.hyvinvointi-esimerkki.fi",
                new Person("Maria Esimerkki", LocalizedText.EMPTY, "tietosuoja@hyvinvointi-esimerkki.fi", "040 789 0123", null),
                customers(1), marketing(2), patients(3), webShop(4), applicants(5), employees(6));
    }

    private static Notice notice(String name, String businessId, PostalAddress address, String website,
                                 Person contact, RegisterSections... registers) {
        Person contactWithAddress = contact.withAddress(address);
        Controller controller = new Controller(name, businessId, address, contact.phone(), contact.email(), website);
        return OwnSections.notice(Notice.withoutSharedSections(controller, contactWithAddress, null,
                settings(rightsInstructions(contact.email(), registers)), List.of()), registers);
    }

    /** How to reach us, and how to withdraw each consent the registers ask for. */
    private static LocalizedText rightsInstructions(String email, RegisterSections... registers) {
        Set<RegisterTemplate> templates = EnumSet.noneOf(RegisterTemplate.class);
        for (RegisterSections register : registers) {
            templates.add(register.register().template());
        }
        List<LocalizedText> parts = new ArrayList<>();
        parts.add(t("Voit lähettää pyyntösi sähköpostitse osoitteeseen " + email + " tai kirjeellä yllä olevaan osoitteeseen.",
                "Du kan skicka din begäran per e-post till " + email + " eller per brev till adressen ovan.",
                "You can send your request by email to " + email + " or by letter to the address above."));
        if (templates.contains(RegisterTemplate.MARKETING_AND_NEWSLETTER)) {
            parts.add(t("Voit perua uutiskirjeen tilauksen milloin tahansa jokaisen uutiskirjeen lopussa olevalla linkillä.",
                    "Du kan när som helst säga upp nyhetsbrevet via länken i slutet av varje nyhetsbrev.",
                    "You can unsubscribe from the newsletter at any time with the link at the end of every newsletter."));
        }
        if (templates.contains(RegisterTemplate.WEB_SHOP_ORDERS)) {
            parts.add(t("Suostumuksen evästeisiin voit perua verkkokaupan alareunan Evästeasetukset-linkistä.",
                    "Ditt samtycke till kakor kan du återkalla via länken Kakinställningar längst ner i webbutiken.",
                    "You can withdraw your consent to cookies with the Cookie settings link at the bottom of the web shop."));
        }
        if (templates.contains(RegisterTemplate.JOB_APPLICANTS)) {
            parts.add(t("Jos annoit suostumuksen hakemuksesi säilyttämiseen tulevia rekrytointeja varten, voit perua "
                            + "sen ilmoittamalla siitä sähköpostitse.",
                    "Om du har gett samtycke till att vi sparar din ansökan för kommande rekryteringar kan du återkalla "
                            + "det genom att meddela oss per e-post.",
                    "If you agreed that we keep your application for future recruitment, you can withdraw that consent "
                            + "by telling us by email."));
        }
        return join(parts);
    }

    private static LocalizedText join(List<LocalizedText> parts) {
        StringBuilder fi = new StringBuilder();
        StringBuilder sv = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (LocalizedText part : parts) {
            String gap = fi.length() == 0 ? "" : " ";
            fi.append(gap).append(part.fi());
            sv.append(gap).append(part.sv());
            en.append(gap).append(part.en());
        }
        return t(fi.toString(), sv.toString(), en.toString());
    }

    private static RegisterSections customers(long id) {
        RegisterTemplate template = RegisterTemplate.CUSTOMERS;
        return OwnSections.of(template(template).newRegister(id).toBuilder()
                .dataCategories(tickedCategories(template, Set.of("booking-history")))
                .recipients(List.of())
                .automatedDecisions(noAutomation())
                .transfersOutsideEea(Answer.YES)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(system("procountor"), system("pipedrive")), measures(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.PERSONAL_ACCOUNTS,
                        SecurityMeasure.STRONG_AUTHENTICATION, SecurityMeasure.ENCRYPTION_IN_TRANSIT,
                        SecurityMeasure.BACKUPS, SecurityMeasure.UPDATES_AND_MALWARE_PROTECTION,
                        SecurityMeasure.CONFIDENTIALITY_OBLIGATION), noCookies());
    }

    private static RegisterSections marketing(long id) {
        RegisterTemplate template = RegisterTemplate.MARKETING_AND_NEWSLETTER;
        return OwnSections.of(template(template).newRegister(id).toBuilder()
                .dataCategories(tickedCategories(template, Set.of("newsletter-engagement")))
                .sources(tickedSources(template, Set.of(SourceKind.COOKIES)))
                .recipients(List.of())
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.YES,
                        t("Uutiskirjepalvelu kirjaa, avaatko uutiskirjeen ja mitä sen linkkejä klikkaat. Jaamme tilaajat "
                                        + "näiden tietojen perusteella kiinnostuksen mukaan ryhmiin ja lähetämme kullekin "
                                        + "ryhmälle sitä kiinnostavia tarjouksia.",
                                "Nyhetsbrevstjänsten registrerar om du öppnar nyhetsbrevet och vilka länkar du klickar "
                                        + "på. Utifrån detta delar vi in prenumeranterna i grupper efter intresse och "
                                        + "skickar varje grupp erbjudanden som intresserar den.",
                                "The newsletter service records whether you open the newsletter and which links you "
                                        + "click. From this we sort subscribers into groups by interest and send each "
                                        + "group offers that suit it."),
                        t("Profilointi vaikuttaa vain siihen, mitä tarjouksia sinulle lähetämme. Siitä ei seuraa "
                                        + "päätöksiä, joilla olisi sinuun oikeusvaikutuksia tai muita merkittäviä "
                                        + "vaikutuksia. Se loppuu, kun perut tilauksen.",
                                "Profileringen påverkar bara vilka erbjudanden vi skickar dig. Den leder inte till "
                                        + "beslut som har rättsliga följder för dig eller andra betydande följder. Den "
                                        + "upphör när du säger upp nyhetsbrevet.",
                                "Profiling only affects which offers we send you. It leads to no decisions with legal "
                                        + "or other significant effects on you. It stops when you unsubscribe.")))
                .transfersOutsideEea(Answer.YES)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(system("mailchimp")), measures(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.PERSONAL_ACCOUNTS,
                        SecurityMeasure.STRONG_AUTHENTICATION, SecurityMeasure.ACCESS_RIGHTS_BY_ROLE), noCookies());
    }

    private static RegisterSections patients(long id) {
        RegisterTemplate template = RegisterTemplate.BOOKING_AND_PATIENTS;
        return OwnSections.of(template(template).newRegister(id).toBuilder()
                .recipients(List.of())
                .automatedDecisions(noAutomation())
                .transfersOutsideEea(Answer.NO)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(system("vello"), system("kanta")), measures(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.LOCKED_PREMISES,
                        SecurityMeasure.PERSONAL_ACCOUNTS, SecurityMeasure.STRONG_AUTHENTICATION,
                        SecurityMeasure.ACCESS_RIGHTS_BY_ROLE, SecurityMeasure.ENCRYPTION_IN_TRANSIT,
                        SecurityMeasure.BACKUPS, SecurityMeasure.CONFIDENTIALITY_OBLIGATION,
                        SecurityMeasure.ACCESS_LOGGING), noCookies());
    }

    private static RegisterSections webShop(long id) {
        RegisterTemplate template = RegisterTemplate.WEB_SHOP_ORDERS;
        return OwnSections.of(template(template).newRegister(id).toBuilder()
                .dataSubjects(tickedSubjects(template, Set.of("visitors")))
                .dataCategories(tickedCategories(template, Set.of("device-and-cookie-data", "marketing-consents")))
                .sources(tickedSources(template, Set.of(SourceKind.PARTNER, SourceKind.COOKIES)))
                .recipients(List.of(new Recipient(new LocalizedText("Posti Oy", "Posti Oy", "Posti Oy"), t(
                        "Kuljetusyhtiö, joka toimittaa tilauksesi; se saa toimitusta varten nimesi, osoitteesi ja "
                                + "puhelinnumerosi.",
                        "Transportföretaget som levererar din beställning; det får ditt namn, din adress och ditt "
                                + "telefonnummer för leveransen.",
                        "The carrier that delivers your order; it gets your name, address and phone number for the "
                                + "delivery."), RecipientKind.REGULAR, List.of())))
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.YES,
                        t("Google Analytics ja Meta Pixel kirjaavat, mitä tuotteita katselet ja ostat verkkokaupassa. "
                                        + "Meta käyttää tietoja näyttääkseen sinulle mainoksiamme Facebookissa ja "
                                        + "Instagramissa.",
                                "Google Analytics och Meta Pixel registrerar vilka produkter du tittar på och köper i "
                                        + "webbutiken. Meta använder uppgifterna för att visa dig våra annonser på "
                                        + "Facebook och Instagram.",
                                "Google Analytics and Meta Pixel record which products you look at and buy in the web "
                                        + "shop. Meta uses this to show you our ads on Facebook and Instagram."),
                        t("Profilointi vaikuttaa vain siihen, mitä mainoksiamme näet. Siitä ei seuraa päätöksiä, "
                                        + "joilla olisi sinuun oikeusvaikutuksia tai muita merkittäviä vaikutuksia. "
                                        + "Profiloimme vain suostumuksellasi.",
                                "Profileringen påverkar bara vilka av våra annonser du ser. Den leder inte till beslut "
                                        + "som har rättsliga följder för dig eller andra betydande följder. Vi "
                                        + "profilerar bara med ditt samtycke.",
                                "Profiling only affects which of our ads you see. It leads to no decisions with legal "
                                        + "or other significant effects on you. We profile only with your consent.")))
                .transfersOutsideEea(Answer.YES)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(system("shopify"), system("paytrail"), system("klarna"), system("google-analytics"),
                        system("meta-pixel")), measures(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.PERSONAL_ACCOUNTS,
                        SecurityMeasure.STRONG_AUTHENTICATION, SecurityMeasure.ACCESS_RIGHTS_BY_ROLE,
                        SecurityMeasure.ENCRYPTION_IN_TRANSIT, SecurityMeasure.BACKUPS), webShopCookies());
    }

    private static Cookies webShopCookies() {
        return new Cookies(Answer.YES, List.of(
                new CookieEntry("cart", "Shopify", t("Muistaa ostoskorisi sisällön.",
                        "Kommer ihåg innehållet i din kundvagn.", "Remembers what is in your shopping cart."),
                        CookieCategory.NECESSARY, t("14 päivää", "14 dagar", "14 days")),
                new CookieEntry("_ga", "Google", t("Erottaa kävijät toisistaan kävijätilastoja varten.",
                        "Skiljer besökare från varandra för besöksstatistiken.",
                        "Tells visitors apart for the visitor statistics."),
                        CookieCategory.ANALYTICS, t("2 vuotta", "2 år", "2 years")),
                // GA4 names it _ga_ followed by the site's measurement id; cookie tables write that as _ga_*.
                new CookieEntry("_ga_*", "Google", t("Pitää kirjaa käyntikerrasta kävijätilastoja varten.",
                        "Håller reda på besöket för besöksstatistiken.",
                        "Keeps track of the visit for the visitor statistics."),
                        CookieCategory.ANALYTICS, t("2 vuotta", "2 år", "2 years")),
                new CookieEntry("_fbp", "Meta", t("Tunnistaa selaimen mainostemme kohdentamista ja mittaamista varten.",
                        "Känner igen webbläsaren för att rikta och mäta våra annonser.",
                        "Recognises the browser to target and measure our ads."),
                        CookieCategory.MARKETING, t("90 päivää", "90 dagar", "90 days"))),
                CookieConsent.CONSENT_TOOL, LocalizedText.EMPTY);
    }

    private static RegisterSections applicants(long id) {
        RegisterTemplate template = RegisterTemplate.JOB_APPLICANTS;
        return OwnSections.of(template(template).newRegister(id).toBuilder()
                .dataSubjects(tickedSubjects(template, Set.of("referees")))
                .sources(tickedSources(template, Set.of(SourceKind.OTHER)))
                .recipients(List.of())
                .automatedDecisions(noAutomation())
                .transfersOutsideEea(Answer.YES)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(system("microsoft-365")), measures(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.PERSONAL_ACCOUNTS,
                        SecurityMeasure.STRONG_AUTHENTICATION, SecurityMeasure.ACCESS_RIGHTS_BY_ROLE,
                        SecurityMeasure.CONFIDENTIALITY_OBLIGATION), noCookies());
    }

    private static RegisterSections employees(long id) {
        RegisterTemplate template = RegisterTemplate.EMPLOYEES;
        return OwnSections.of(template(template).newRegister(id).toBuilder()
                .dataSubjects(tickedSubjects(template, Set.of("next-of-kin")))
                .dataCategories(tickedCategories(template, Set.of("emergency-contact", "health-data")))
                // The catalogue names the tulorekisteri in each language.
                .recipients(List.of(catalogueSystem("tulorekisteri").toRecipient()))
                .automatedDecisions(noAutomation())
                .transfersOutsideEea(Answer.NO)
                .otherDisclosures(Answer.NO)
                .build(),
                List.of(system("visma-netvisor")), new Security(EnumSet.of(SecurityMeasure.LOCKED_CABINET, SecurityMeasure.SHREDDING,
                        SecurityMeasure.PERSONAL_ACCOUNTS, SecurityMeasure.STRONG_AUTHENTICATION,
                        SecurityMeasure.ACCESS_RIGHTS_BY_ROLE, SecurityMeasure.BACKUPS,
                        SecurityMeasure.CONFIDENTIALITY_OBLIGATION),
                        t("Lääkärintodistukset säilytetään lukitussa kaapissa erillään muista henkilöstöasiakirjoista.",
                                "Läkarintyg förvaras i ett låst skåp åtskilda från andra personalhandlingar.",
                                "Medical certificates are kept in a locked cabinet, apart from other staff records."),
                        LocalizedText.EMPTY), noCookies());
    }

    private static SystemUse system(String id) {
        return catalogueSystem(id).toSystemUse();
    }

    private static Security measures(SecurityMeasure first, SecurityMeasure... rest) {
        return new Security(EnumSet.of(first, rest), LocalizedText.EMPTY, LocalizedText.EMPTY);
    }

    /** The owner's answer for a register her website's cookies have nothing to do with, or a site without cookies. */
    private static Cookies noCookies() {
        return Cookies.NONE.withUsed(Answer.NO);
    }

    private static AutomatedDecisions noAutomation() {
        return AutomatedDecisions.NONE.withDecisions(Answer.NO).withProfiling(Answer.NO);
    }
}
