package fi.seloste.oldnotice;

import static fi.seloste.oldnotice.FactField.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The notices of test resources fi/seloste/oldnotice/shapes (real notices' shapes, invented businesses, re-written
 * text; see the README there) and the facts a careful person places from each, written by reading the file: the
 * field and the value as the text says it (for a choice, the choice's name). Bases a notice lists for several
 * purposes without saying which purpose has which are not facts: the owner pairs them. Template instructions left in
 * a notice ("Tähän tarvittaessa…") and statements the law no longer supports are not facts.
 */
final class ShapeFacts {

    record Shape(String file, List<SeedFacts.Fact> facts, List<String> outdated) {

        Path path() {
            return DIR.resolve(file);
        }

        String text() {
            try {
                return Files.readString(path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private static final Path DIR = Path.of("src/test/resources/fi/seloste/oldnotice/shapes");

    private ShapeFacts() {
    }

    static final Shape ASSOCIATION_EVENTS = new Shape("association-events-label-table.txt", List.of(
            f(CONTROLLER_NAME, "Lohjanharjun Lintuharrastajat ry"),
            f(CONTROLLER_WEBSITE, "www.lohjanharjunlinnut.fi"),
            f(CONTROLLER_PHONE, "019 448 2071"),
            f(CONTROLLER_EMAIL, "retket@lohjanharjunlinnut.fi"),
            f(CONTACT_NAME, "Oona Kettunen"),
            f(CONTACT_STREET, "Haukkakuja 4"),
            f(CONTACT_POSTAL_CODE, "08350"),
            f(CONTACT_TOWN, "lohja"),
            f(CONTACT_PHONE, "040 618 2290"),
            f(CONTACT_EMAIL, "oona.kettunen@lohjanharjunlinnut.fi"),
            f(REGISTER_NAME, "Lintuharrastajien retket ja yhteydenottolomake"),
            f(PURPOSE, "retkille ilmoittautuneiden tietojen ylläpito"),
            f(PURPOSE, "retkien järjestämiseen"),
            f(PURPOSE, "osallistujien tiedottamiseen"),
            f(PURPOSE, "osallistumismaksujen laskutukseen"),
            f(DATA_CATEGORY, "nimi"),
            f(DATA_CATEGORY, "puhelinnumero"),
            f(DATA_CATEGORY, "sähköpostiosoite"),
            f(DATA_CATEGORY, "ilmoittautumisen ajankohta"),
            f(DATA_CATEGORY, "erityisruokavalio"),
            f(DATA_CATEGORY_OPTIONAL, "erityisruokavalio"),
            f(SOURCE, "DATA_SUBJECT"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(SECURITY_MEASURE, "LOCKED_CABINET"),
            f(SECURITY_MEASURE, "SHREDDING"),
            f(RETENTION, "AS_LONG_AS_PURPOSE_NEEDS")),
            List.of("Henkilötietolain (523/1999) 10 §"));

    static final Shape MEMBER_REGISTER = new Shape("member-register-dash-lists.txt", List.of(
            f(CONTROLLER_NAME, "Kangasalan Kirjaharrastajat ry - Kangasala Bokvänner rf"),
            f(CONTACT_ROLE, "Yhdistyksen sihteeri"),
            f(CONTACT_NAME, "Marjatta Lehtola"),
            f(CONTACT_STREET, "Pikkolontie 7"),
            f(CONTACT_POSTAL_CODE, "36200"),
            f(CONTACT_TOWN, "Kangasala"),
            f(CONTACT_EMAIL, "sihteeri@kirjaharrastajat.fi"),
            f(REGISTER_NAME, "Kangasalan Kirjaharrastajat ry:n jäsenrekisteri"),
            f(PURPOSE, "jäsenasioiden hoitamiseen"),
            f(PURPOSE, "yhdistyksen toiminnasta tiedottamiseen"),
            f(LEGAL_BASIS, "CONSENT"),
            f(DATA_CATEGORY, "etu- ja sukunimi"),
            f(DATA_CATEGORY, "sähköpostiosoite"),
            f(DATA_CATEGORY, "kotikunta"),
            f(DATA_CATEGORY, "puhelinnumero"),
            f(DATA_CATEGORY_OPTIONAL, "puhelinnumero"),
            f(DATA_CATEGORY, "postiosoite"),
            f(DATA_CATEGORY_OPTIONAL, "postiosoite"),
            f(DATA_CATEGORY, "syntymävuosi"),
            f(DATA_CATEGORY_OPTIONAL, "syntymävuosi"),
            f(DATA_CATEGORY, "tieto osallistumisesta lukupiireihin"),
            f(DATA_CATEGORY_OPTIONAL, "tieto osallistumisesta lukupiireihin"),
            f(DATA_CATEGORY, "jäsenmaksujen suoritustiedot"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SYSTEM, "google-analytics"),
            f(COOKIES_USED, "YES"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/1"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(SECURITY_MEASURE, "ACCESS_RIGHTS_BY_ROLE"),
            f(SECURITY_MEASURE, "NO_PAPER_RECORDS")),
            List.of("Henkilötietolain (523/1999) 10 §"));

    static final Shape MASSAGE_PRACTICE = new Shape("massage-practice-no-headings.txt", List.of(
            f(CONTROLLER_NAME, "Hieronta Kaarna"),
            f(CONTROLLER_BUSINESS_ID, "3187462-4"),
            f(CONTROLLER_EMAIL, "kaisla@hierontakaarna.fi"),
            f(CONTROLLER_PHONE, "045 231 7780"),
            f(DATA_CATEGORY, "potilaan perus- ja yhteystiedot (nimi, puhelinnumero, osoite, henkilötunnus)"),
            f(DATA_CATEGORY, "hoitoon vaikuttavat terveystiedot (esim. oireet, sairaudet, lääkitys)"),
            f(DATA_CATEGORY, "hoitokäyntien tiedot (tutkimus, hoito, hoitosuunnitelma)"),
            f(LEGAL_BASIS, "LEGAL_OBLIGATION"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SECURITY_MEASURE, "CONFIDENTIALITY_OBLIGATION"),
            f(SECURITY_MEASURE, "LOCKED_CABINET"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/12"),
            f(SYSTEM, "timma")),
            List.of());

    static final Shape WEBSHOP = new Shape("webshop-question-headings.txt", List.of(
            f(CONTROLLER_NAME, "Puupalikka Oy"),
            f(CONTROLLER_BUSINESS_ID, "2941735-2"),
            f(CONTROLLER_STREET, "Sahakatu 11"),
            f(CONTROLLER_POSTAL_CODE, "15140"),
            f(CONTROLLER_TOWN, "Lahti"),
            f(CONTROLLER_EMAIL, "asiakaspalvelu@puupalikka.fi"),
            f(CONTACT_EMAIL, "tietosuoja@puupalikka.fi"),
            f(CONTACT_PHONE, "+358 40 552 1873"),
            f(DATA_SUBJECT, "verkkokauppamme asiakkaiden"),
            f(DATA_SUBJECT, "uutiskirjeen tilaajien"),
            f(DATA_SUBJECT, "verkkosivujen kävijöiden"),
            f(DATA_CATEGORY, "asiakkaan perustiedot, kuten nimi, toimitusosoite, sähköpostiosoite ja puhelinnumero"),
            f(DATA_CATEGORY, "tilaustiedot, kuten tilatut tuotteet, maksutapa ja toimitustapa"),
            f(DATA_CATEGORY, "markkinointiluvat ja -kiellot"),
            f(DATA_CATEGORY, "verkkosivujen käyttöä koskevat tiedot, kuten IP-osoite ja selaimen tiedot"),
            f(SOURCE, "DATA_SUBJECT"),
            f(PURPOSE, "tilausten käsittelyyn ja toimittamiseen"),
            f(PURPOSE, "asiakaspalveluun"),
            f(PURPOSE, "uutiskirjeen lähettämiseen"),
            f(RETENTION, "ACCOUNTING_VOUCHERS"),
            f(RETENTION, "UNTIL_CONSENT_WITHDRAWN"),
            f(COOKIES_USED, "YES"),
            f(COOKIE, "_ga"),
            f(COOKIE, "_gid"),
            f(COOKIE, "cart_session"),
            f(COOKIE_CATEGORY, "_ga|ANALYTICS"),
            f(COOKIE_CATEGORY, "_gid|ANALYTICS"),
            f(COOKIE_CATEGORY, "cart_session|NECESSARY"),
            f(COOKIE_LIFETIME, "_ga|2 vuotta"),
            f(COOKIE_LIFETIME, "_gid|24 tuntia"),
            f(COOKIE_LIFETIME, "cart_session|istunnon ajan"),
            f(SYSTEM, "google-analytics"),
            f(SYSTEM, "klarna"),
            f(SYSTEM, "posti"),
            f(SYSTEM, "mailchimp"),
            f(TRANSFERS_OUTSIDE_EEA, "YES"),
            f(SECURITY_MEASURE, "ENCRYPTION_IN_TRANSIT"),
            f(SECURITY_MEASURE, "ACCESS_RIGHTS_BY_ROLE"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS")),
            List.of());

    static final Shape SWEDISH = new Shape("swedish-colon-headings.txt", List.of(
            f(CONTROLLER_NAME, "Skärgårdens Båtservice Ab"),
            f(CONTROLLER_BUSINESS_ID, "3092257-5"),
            f(CONTROLLER_STREET, "Hamnvägen 14"),
            f(CONTROLLER_POSTAL_CODE, "25870"),
            f(CONTROLLER_TOWN, "Dragsfjärd"),
            f(CONTROLLER_PHONE, "02-466 1830"),
            f(CONTROLLER_EMAIL, "info@skargardensbatservice.fi"),
            f(CONTACT_NAME, "Linnea Forsström"),
            f(CONTACT_ROLE, "Verkstadschef"),
            f(CONTACT_PHONE, "040-735 2214"),
            f(REGISTER_NAME, "Kundregister"),
            f(LEGAL_BASIS, "CONSENT"),
            f(PURPOSE, "sköta kundrelationen och serviceuppdragen"),
            f(PURPOSE, "fakturera utförda arbeten"),
            f(PURPOSE, "skicka servicepåminnelser och erbjudanden"),
            f(DATA_CATEGORY, "namn"),
            f(DATA_CATEGORY, "kontaktuppgifter så som postadress, telefonnummer och e-postadress"),
            f(DATA_CATEGORY, "uppgifter om kundens båt och motor"),
            f(DATA_CATEGORY, "uppgifter om utförda arbeten och fakturor"),
            f(DATA_CATEGORY, "direktmarknadsföringstillstånd eller -förbud"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SOURCE, "POPULATION_INFORMATION_SYSTEM"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/3"),
            f(RETENTION, "ACCOUNTING_BOOKS"),
            f(SYSTEM, "visma-netvisor"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(SECURITY_MEASURE, "LOCKED_CABINET")),
            List.of());

    static final Shape ENGLISH = new Shape("english-unmarked-lists.txt", List.of(
            f(CONTROLLER_NAME, "Kivikko Design Oy"),
            f(CONTROLLER_STREET, "Rantakatu 23 B"),
            f(CONTROLLER_POSTAL_CODE, "90100"),
            f(CONTROLLER_TOWN, "Oulu"),
            f(CONTROLLER_BUSINESS_ID, "2218846-2"),
            f(CONTACT_NAME, "Aino Kivikko"),
            f(CONTACT_EMAIL, "studio@kivikkodesign.fi"),
            f(CONTACT_PHONE, "+358 44 719 3305"),
            f(REGISTER_NAME, "Kivikko Design Oy Customer Register"),
            f(PURPOSE, "planning and delivering design assignments"),
            f(PURPOSE, "managing customer relationships and customer communication"),
            f(PURPOSE, "invoicing"),
            f(PURPOSE, "sending newsletters to those who have subscribed"),
            f(AUTOMATED_DECISIONS, "NO"),
            f(PROFILING, "NO"),
            f(DATA_CATEGORY, "name of the contact person"),
            f(DATA_CATEGORY, "company name and business ID"),
            f(DATA_CATEGORY, "email address"),
            f(DATA_CATEGORY, "phone number"),
            f(DATA_CATEGORY, "billing information"),
            f(DATA_CATEGORY, "marketing permissions and prohibitions"),
            f(SOURCE, "DATA_SUBJECT"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(SYSTEM, "mailerlite"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/3"),
            f(RETENTION, "ACCOUNTING_BOOKS"),
            f(SYSTEM, "google-workspace"),
            f(SYSTEM, "procountor"),
            f(SECURITY_MEASURE, "STRONG_AUTHENTICATION"),
            f(SECURITY_MEASURE, "ACCESS_RIGHTS_BY_ROLE"),
            f(COOKIES_USED, "YES")),
            List.of());

    static final List<Shape> ALL = List.of(ASSOCIATION_EVENTS, MEMBER_REGISTER, MASSAGE_PRACTICE, WEBSHOP, SWEDISH, ENGLISH);

    // Held out: written, with their facts, after the reader was fixed for the six above, and first read unchanged.

    static final Shape HAIR_SALON = new Shape("hair-salon-label-lines.txt", List.of(
            f(CONTROLLER_NAME, "Parturi-kampaamo Kultakutri"),
            f(CONTROLLER_BUSINESS_ID, "2765193-8"),
            f(CONTROLLER_STREET, "Asemakatu 9"),
            f(CONTROLLER_PHONE, "08 – 611 2043"),
            f(CONTROLLER_EMAIL, "kultakutri.liisa@gmail.com"),
            f(REGISTER_NAME, "Asiakasrekisteri (värikortisto)"),
            f(CONTACT_NAME, "Liisa Harju"),
            f(CONTACT_STREET, "Asemakatu 9"),
            f(CONTACT_POSTAL_CODE, "92100"),
            f(CONTACT_TOWN, "RAAHE"),
            f(CONTACT_PHONE, "08 – 611 2043"),
            f(CONTACT_EMAIL, "kultakutri.liisa@gmail.com"),
            f(PURPOSE, "asiakassuhteen hoitamiseen"),
            f(PURPOSE, "palveluun liittyvään yhteydenpitoon"),
            f(PURPOSE, "verkkosivujen yhteydenottolomakkeella tulleisiin viesteihin vastaamiseen"),
            f(PURPOSE, "suoramarkkinointiin"),
            f(DATA_CATEGORY, "Etunimi"),
            f(DATA_CATEGORY, "Sukunimi"),
            f(DATA_CATEGORY, "Puhelinnumero"),
            f(DATA_CATEGORY, "Sähköpostiosoite"),
            f(DATA_CATEGORY, "Käytetyt värit ja hoitoaineet"),
            f(DATA_CATEGORY, "Markkinointiluvat ja -kiellot"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SOURCE, "STAFF"),
            f(COOKIES_USED, "NO"),
            f(SECURITY_MEASURE, "LOCKED_CABINET"),
            f(SECURITY_MEASURE, "LOCKED_PREMISES"),
            f(SECURITY_MEASURE, "SHREDDING")),
            List.of());

    static final Shape SWEDISH_INLINE = new Shape("swedish-numbered-inline-labels.txt", List.of(
            f(CONTROLLER_NAME, "Ekenäs Bokföringsservice Ab"),
            f(CONTROLLER_STREET, "Gustaf Wasas gata 5 B"),
            f(CONTROLLER_POSTAL_CODE, "10600"),
            f(CONTROLLER_TOWN, "Ekenäs"),
            f(CONTROLLER_PHONE, "019 246 1180"),
            f(CONTROLLER_WEBSITE, "www.ekenasbokforing.fi"),
            f(CONTACT_NAME, "Henrik Lindqvist"),
            f(CONTACT_PHONE, "040 552 9013"),
            f(CONTACT_STREET, "Gustaf Wasas gata 5 B"),
            f(CONTACT_POSTAL_CODE, "10600"),
            f(CONTACT_TOWN, "Ekenäs"),
            f(CONTACT_EMAIL, "henrik@ekenasbokforing.fi"),
            f(REGISTER_NAME, "Ekenäs Bokföringsservices kundregister"),
            f(PURPOSE, "sköta kundförhållandet"),
            f(PURPOSE, "fakturering"),
            f(PURPOSE, "skicka kundbrev"),
            f(DATA_CATEGORY, "Kundens namn"),
            f(DATA_CATEGORY, "adress"),
            f(DATA_CATEGORY, "telefonnummer"),
            f(DATA_CATEGORY, "e-postadress"),
            f(DATA_CATEGORY, "FO-nummer"),
            f(DATA_CATEGORY, "uppgifter om de tjänster kunden beställt"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SOURCE, "OTHER_PUBLIC_REGISTER"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(SYSTEM, "procountor"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(SECURITY_MEASURE, "LOCKED_CABINET"),
            f(SECURITY_MEASURE, "SHREDDING")),
            List.of("Personuppgiftslagen (523/99) 10 §"));

    static final Shape MASSAGE_TOC = new Shape("massage-toc-patient-register.txt", List.of(
            f(CONTROLLER_NAME, "Hieronta Niskapiste"),
            f(CONTROLLER_BUSINESS_ID, "3011458-6"),
            f(CONTACT_ROLE, "Koulutettu hieroja"),
            f(CONTACT_NAME, "Tuomas Rinne"),
            f(CONTACT_EMAIL, "tuomas@niskapiste.fi"),
            f(CONTACT_PHONE, "+358 50 448 7712"),
            f(REGISTER_NAME, "Potilasrekisteri"),
            f(PURPOSE, "potilaan hoidon suunnittelu, toteutus ja seuranta"),
            f(LEGAL_BASIS, "LEGAL_OBLIGATION"),
            f(DATA_CATEGORY, "Potilaan nimi"),
            f(DATA_CATEGORY, "henkilötunnus"),
            f(DATA_CATEGORY, "yhteystiedot"),
            f(DATA_CATEGORY, "Alaikäisen potilaan huoltajan nimi ja yhteystiedot"),
            f(DATA_CATEGORY, "Hoidon kannalta tarpeelliset esitiedot"),
            f(DATA_CATEGORY, "terveystiedot"),
            f(DATA_CATEGORY, "hoitotiedot"),
            f(SOURCE, "DATA_SUBJECT"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(SECURITY_MEASURE, "CONFIDENTIALITY_OBLIGATION"),
            f(SECURITY_MEASURE, "LOCKED_CABINET")),
            List.of());

    static final Shape FLOWER_SHOP = new Shape("webshop-capital-headings-dash-lists.txt", List.of(
            f(CONTROLLER_NAME, "Kukkakauppa Vihervakka Oy"),
            f(CONTROLLER_STREET, "Rautatienkatu 14"),
            f(CONTROLLER_POSTAL_CODE, "33100"),
            f(CONTROLLER_TOWN, "Tampere"),
            f(CONTROLLER_BUSINESS_ID, "2487306-8"),
            f(CONTROLLER_PHONE, "+358 41 772 0934"),
            f(CONTROLLER_EMAIL, "tilaukset@vihervakka.fi"),
            f(CONTACT_NAME, "Saara Vihervaara"),
            f(CONTACT_EMAIL, "saara.vihervaara@vihervakka.fi"),
            f(DATA_CATEGORY, "Nimi"),
            f(DATA_CATEGORY, "Toimitusosoite"),
            f(DATA_CATEGORY, "Puhelinnumero ja sähköpostiosoite"),
            f(DATA_CATEGORY, "Tilatut tuotteet ja toimituspäivä"),
            f(DATA_CATEGORY, "Kortin tervehdysteksti"),
            f(PURPOSE, "tilausten toimittamiseksi"),
            f(PURPOSE, "asiakaspalvelun hoitamiseksi"),
            f(PURPOSE, "laskutuksen hoitamiseksi"),
            f(LEGAL_BASIS, "CONTRACT"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SYSTEM, "paytrail"),
            f(SYSTEM, "shopify"),
            f(RECIPIENT, "Kiitolähetti Mäkinen Oy"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(RETENTION, "ACCOUNTING_VOUCHERS"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/2"),
            f(COOKIES_USED, "YES"),
            f(SECURITY_MEASURE, "ENCRYPTION_IN_TRANSIT"),
            f(SECURITY_MEASURE, "STRONG_AUTHENTICATION")),
            List.of());

    static final Shape ROCK_GARDEN_SOCIETY = new Shape("association-people-on-one-line.txt", List.of(
            f(CONTROLLER_NAME, "Suomen Kivikkokasviharrastajat ry"),
            f(CONTROLLER_BUSINESS_ID, "1876542-3"),
            f(CONTROLLER_STREET, "Puistokatu 3 B 12"),
            f(CONTROLLER_POSTAL_CODE, "20100"),
            f(CONTROLLER_TOWN, "TURKU"),
            f(CONTACT_NAME, "Ilona Saarinen"),
            f(CONTACT_ROLE, "sihteeri"),
            f(CONTACT_EMAIL, "ilona.saarinen@kivikkokasvit.fi"),
            f(REGISTER_NAME, "Suomen Kivikkokasviharrastajat ry:n jäsenrekisteri"),
            f(LEGAL_BASIS, "LEGAL_OBLIGATION"),
            f(PURPOSE, "jäsentiedotteiden lähettämiseen"),
            f(PURPOSE, "jäsenmaksujen seurantaan"),
            f(DATA_CATEGORY, "nimi"),
            f(DATA_CATEGORY, "syntymävuosi"),
            f(DATA_CATEGORY, "osoite"),
            f(DATA_CATEGORY, "sähköpostiosoite"),
            f(DATA_CATEGORY, "puhelinnumero"),
            f(DATA_CATEGORY, "jäsenyyden laji"),
            f(DATA_CATEGORY, "alaikäisen jäsenen huoltajan yhteystiedot"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SOURCE, "POPULATION_INFORMATION_SYSTEM"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/0")),
            List.of());

    // Held out in a second round: written after the three above had been fixed, and read unchanged.
    static final List<Shape> HELD_OUT = List.of(HAIR_SALON, SWEDISH_INLINE, MASSAGE_TOC, FLOWER_SHOP, ROCK_GARDEN_SOCIETY);

    private static SeedFacts.Fact f(FactField field, String value) {
        return new SeedFacts.Fact(field, value);
    }
}
