package fi.seloste.oldnotice;

import static fi.seloste.oldnotice.FactField.*;

import java.util.List;

/**
 * The facts a careful person places from each seed notice, written by reading the seed: the field and the value as
 * the notice says it (for a choice, the choice's name). Conditional template sentences ("Jos kyseessä on
 * hoitoala…") and statements the law no longer supports are not facts.
 */
final class SeedFacts {

    record Fact(FactField field, String value) {
    }

    private SeedFacts() {
    }

    static final List<Fact> BEAUTY_SALON = List.of(
            f(CONTROLLER_NAME, "Helmenloiste"),
            f(CONTROLLER_BUSINESS_ID, "1316747-5"),
            f(CONTROLLER_STREET, "Näätäpolku 10"),
            f(CONTROLLER_POSTAL_CODE, "21220"),
            f(CONTROLLER_TOWN, "Raisio"),
            f(CONTROLLER_EMAIL, "annukka@helmenloiste.fi"),
            f(CONTACT_NAME, "Anna-Maj Blomgren"),
            f(CONTACT_EMAIL, "annukka@helmenloiste.fi"),
            f(CONTACT_STREET, "Näätäpolku 10"),
            f(CONTACT_POSTAL_CODE, "21220"),
            f(CONTACT_TOWN, "Raisio"),
            f(CONTACT_PHONE, "040-5565483"),
            f(REGISTER_NAME, "Helmenloiste asiakastietojen, hoitojen, laskutus ja ajanvarausten rekisteri"),
            f(PURPOSE, "asiakassuhteen parantaminen"),
            f(PURPOSE, "ajanvarausten mahdollistaminen"),
            f(PURPOSE, "laskutustietojen ylläpito"),
            f(PURPOSE, "Rekisterinpitäjän ja asiakkaan asiakassuhteiden ylläpitoon"),
            f(PURPOSE, "laskutukseen"),
            f(PURPOSE, "palvelun edellyttämien yhteydenottojen ja viestien mahdollistamiseen"),
            f(PURPOSE, "markkinointi- ja muita tiedotusviestejä"),
            f(LEGAL_BASIS, "CONSENT"),
            f(SOURCE, "DATA_SUBJECT"),
            f(OTHER_DISCLOSURES, "NO"),
            f(TRANSFERS_OUTSIDE_EEA, "NO"),
            f(DATA_CATEGORY, "nimi"),
            f(DATA_CATEGORY, "sähköpostiosoite"),
            f(DATA_CATEGORY, "osoite"),
            f(DATA_CATEGORY_OPTIONAL, "osoite"),
            f(DATA_CATEGORY, "puhelinnumero"),
            f(DATA_CATEGORY_OPTIONAL, "puhelinnumero"),
            f(DATA_CATEGORY, "sukupuoli"),
            f(DATA_CATEGORY_OPTIONAL, "sukupuoli"),
            f(DATA_CATEGORY, "syntymävuosi"),
            f(DATA_CATEGORY_OPTIONAL, "syntymävuosi"),
            f(DATA_CATEGORY, "syntymäaika tai henkilötunnus (jos laki edellyttää sitä hoitosuhteen perusteella)"),
            f(DATA_CATEGORY, "asiakkaan laskutustiedot, kuten etu- ja sukunimi"),
            f(DATA_CATEGORY, "kieli"),
            f(DATA_CATEGORY, "tieto asiakaskirjeiden vastaanotosta sähköpostitse ja tekstiviestitse"),
            f(DATA_CATEGORY, "viimeisin sisäänkirjautuminen(jos kirjautuminen ajanvaraukseen käytössä)"),
            f(DATA_CATEGORY, "tiedot siitä kuka asiakastietoja on katsellut ja muokannut"),
            f(DATA_CATEGORY, "tehdyt varaukset"),
            f(DATA_CATEGORY, "asiakaskäynnit"),
            f(DATA_CATEGORY, "maksut"),
            f(DATA_CATEGORY, "tieto siitä kuka niitä on katsellut tai muokannut"),
            f(DATA_CATEGORY, "IP-osoitteet"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/0"),
            f(RETENTION, "AS_REQUIRED_BY_LAW"),
            f(SYSTEM, "ajas"),
            f(SYSTEM, "upcloud"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(SECURITY_MEASURE, "FIREWALL"),
            f(SECURITY_MEASURE, "BACKUPS"),
            f(SECURITY_MEASURE, "CONFIDENTIALITY_OBLIGATION"),
            f(COOKIES_USED, "YES"));

    static final List<Fact> PHYSIOTHERAPY = List.of(
            f(CONTROLLER_NAME, "Flowest"),
            f(CONTROLLER_BUSINESS_ID, "3015969-6"),
            f(CONTROLLER_STREET, "Pallokentäntie 19 A 2"),
            f(CONTROLLER_POSTAL_CODE, "10120"),
            f(CONTROLLER_TOWN, "Tähtelä"),
            f(CONTROLLER_PHONE, "+35850 405 4126"),
            f(CONTACT_NAME, "Veera Westerholm"),
            f(CONTACT_STREET, "Pallokentäntie 19 A 2"),
            f(CONTACT_POSTAL_CODE, "10120"),
            f(CONTACT_TOWN, "Tähtelä"),
            f(CONTACT_PHONE, "+35850 4054126"),
            f(CONTACT_EMAIL, "veera.westerholm@flowest.fi"),
            f(REGISTER_NAME, "Flowest asiakastietorekisteri"),
            f(LEGAL_BASIS, "LEGITIMATE_INTERESTS"),
            f(PURPOSE, "asiakassuhteen hoitamiseksi"),
            f(AUTOMATED_DECISIONS, "NO"),
            f(PROFILING, "NO"),
            f(DATA_SUBJECT, "asiakkaat"),
            f(DATA_SUBJECT, "yhteistietonsa jättäneet henkilöt"),
            f(DATA_SUBJECT, "yhteistyökumppanit"),
            f(DATA_CATEGORY, "nimi"),
            f(DATA_CATEGORY, "osoite"),
            f(DATA_CATEGORY, "sähköpostiosoite"),
            f(DATA_CATEGORY, "puhelinnumero"),
            f(RETENTION, "END_OF_RELATIONSHIP_PLUS_YEARS/0"),
            f(RETENTION, "AS_REQUIRED_BY_LAW"),
            f(SOURCE, "DATA_SUBJECT"),
            f(SYSTEM, "hubspot"),
            f(SYSTEM, "holvi"),
            f(SYSTEM, "vello"),
            f(SYSTEM, "roundcube-webmail"),
            f(SYSTEM, "kanta"),
            f(SECURITY_MEASURE, "LOCKED_CABINET"),
            f(SECURITY_MEASURE, "ACCESS_RIGHTS_BY_ROLE"),
            f(SECURITY_MEASURE, "UPDATES_AND_MALWARE_PROTECTION"),
            f(SECURITY_MEASURE, "PERSONAL_ACCOUNTS"),
            f(SECURITY_MEASURE, "CONFIDENTIALITY_OBLIGATION"),
            f(SECURITY_MEASURE, "LOCKED_PREMISES"));

    /** The statements of each seed that the law no longer supports, by a words of each. */
    static final List<String> BEAUTY_SALON_OUTDATED = List.of("Henkilötietolain 10§", "henkilötietolaissa ja EU-direktiivissä",
            "korkeintaan 2 kertaa vuodessa");
    static final List<String> PHYSIOTHERAPY_OUTDATED = List.of("Pyyntö tulee lähettää kirjallisesti");

    private static Fact f(FactField field, String value) {
        return new Fact(field, value);
    }
}
