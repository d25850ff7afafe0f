package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A catalogue system named with a Finnish case ending is found ("Mailchimpillä", "HubSpot:iin"); a longer word that
 * begins with a system's letters, or the name written in small letters as an ordinary word, is not ("holvikatto",
 * "holviin").
 */
class CatalogueNamesInCaseEndingsTest {

    /** Sentences as notices write them, and the system each names. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("Uutiskirjeet lähetetään Mailchimpillä.", "mailchimp"),
            Map.entry("Yhteystiedot tallennetaan HubSpotiin.", "hubspot"),
            Map.entry("Yhteystiedot tallennetaan HubSpot:iin.", "hubspot"),
            Map.entry("Yhteystiedot ovat Hubspotissa.", "hubspot"),
            Map.entry("Laskut maksetaan Holvista.", "holvi"),
            Map.entry("Laskutustiedot ovat Holvissa.", "holvi"),
            Map.entry("Tiedot siirretään Holviin.", "holvi"),
            Map.entry("Käytämme Holvia laskutukseen.", "holvi"),
            Map.entry("Ajat varataan Vellossa.", "vello"),
            Map.entry("Kirjaukset viedään Velloon.", "vello"),
            Map.entry("Kävijämäärät näkyvät Google Analyticsin raporteissa.", "google-analytics"),
            Map.entry("Palvelin on UpCloudilla Helsingissä.", "upcloud"),
            Map.entry("Sähköpostit luetaan Roundcubella.", "roundcube-webmail"),
            Map.entry("Kokoukset pidetään Microsoft 365:ssä.", "microsoft-365"),
            Map.entry("Verkkokauppa toimii Shopifyssa ja tilaukset siirtyvät Shopifyhin.", "shopify"),
            Map.entry("Maksut välitetään Stripen kautta.", "stripe"),
            Map.entry("Sivusto on Planeetassa.", "planeetta"),
            Map.entry("Paketit lähetetään Matkahuollon kautta.", "matkahuolto"),
            Map.entry("Ajanvaraukset ovat Slotissa.", "slotti"),
            Map.entry("Tili on OP:ssa.", "op-osuuspankki"),
            Map.entry("Rekisterinpitäjän käyttämässä Ajas-ajanvarausjärjestelmässä vierailevat.", "ajas"),
            Map.entry("Tiedot ilmoitetaan Tulorekisteriin.", "tulorekisteri"),
            Map.entry("Kirjanpito tehdään Procountorilla.", "procountor"),
            Map.entry("Viestit lähetetään Mailchimpista.", "mailchimp"),
            Map.entry("Käytämme Mailchimpiä.", "mailchimp"),
            Map.entry("HubSpotia käytetään asiakkuuksien hallintaan.", "hubspot"),
            Map.entry("Valitsimme Holviksi pankiksemme.", "holvi"));

    /** Sentences where a system's letters are another word. */
    private static final List<String> NOT_NAMED = List.of(
            "Paperiset asiakirjat viedään holviin lukittuun kaappiin.",
            "Arkisto on holvissa.",
            "Arkiston holvikatto korjattiin.",
            "Holvikatto korjattiin vuonna 2019.",
            "Holvikaappiin on avain vain omistajalla.",
            "Opin asiakkaistani joka päivä.",
            "Opista saatu todistus säilytetään.",
            "Postitse lähetetyt kirjeet säilytetään.",
            "Postiosoite: PL 12, 00100 Helsinki.",
            "Louhinta tehdään käsin.",
            "Planeettamme kiittää.",
            "Vellonen on yhteyshenkilö.",
            "Stripet ovat sinisiä.",
            "Zoomaus kuvaan ei ole mahdollista.");

    private static final List<String> WEAK_GRADE = List.of("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "n", "ksi");
    private static final List<String> STRONG_GRADE = List.of("a", "ä", "na", "nä");
    private static final List<String> COMPOUND_PARTS = List.of("katto", "kaappi", "tila", "tili", "järjestelmä", "palvelu",
            "osoite", "merkki", "laatikko", "nen", "mme", "kin", "tse", "t");

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aSystemNamedWithACaseEndingIsFound(@ForAll("named") Map.Entry<String, String> sentence) {
        assertThat(CatalogueMentions.systems(sentence.getKey())).as(sentence.getKey()).contains(sentence.getValue());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void anotherWordWithASystemsLettersNamesNone(@ForAll("notNamed") String sentence) {
        assertThat(CatalogueMentions.systems(sentence)).as(sentence).isEmpty();
    }

    @Property(tries = 500)
    void everyOneWordNameIsFoundInEachOfItsEndings(@ForAll("oneWordNames") CatalogueSystem system,
            @ForAll("endingIndex") int index) {
        String written = system.name() + endingsFor(system.name()).get(index % endingsFor(system.name()).size());
        String sentence = "Tiedot ovat " + written + " ja tallennetaan.";
        assertThat(CatalogueMentions.systems(sentence)).as(sentence).contains(system.id());
        String atTheStart = written + " tallentaa tiedot.";
        assertThat(CatalogueMentions.systems(atTheStart)).as(atTheStart).contains(system.id());
    }

    @Property(tries = 500)
    void aNameGoingOnIntoALongerWordIsNotThatSystem(@ForAll("oneWordNames") CatalogueSystem system,
            @ForAll("endingIndex") int index, @ForAll("compoundParts") String part) {
        List<String> endings = endingsFor(system.name());
        String ending = index % 3 == 0 ? "" : endings.get(index % endings.size());
        String sentence = "Tiedot ovat " + system.name() + ending + part + " ja tallennetaan.";
        assertThat(CatalogueMentions.systems(sentence)).as(sentence).doesNotContain(system.id());
    }

    @Property(tries = 500)
    void aNameInSmallLettersIsAnOrdinaryWord(@ForAll("oneWordNames") CatalogueSystem system, @ForAll("endingIndex") int index) {
        List<String> endings = endingsFor(system.name());
        String sentence = "tiedot ovat " + (system.name() + endings.get(index % endings.size())).toLowerCase(Locale.ROOT)
                + " ja tallennetaan.";
        assertThat(CatalogueMentions.systems(sentence)).as(sentence).doesNotContain(system.id());
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> named() {
        return Arbitraries.of(List.copyOf(NAMED.entrySet()));
    }

    @Provide
    Arbitrary<String> notNamed() {
        return Arbitraries.of(NOT_NAMED);
    }

    @Provide
    Arbitrary<CatalogueSystem> oneWordNames() {
        return Arbitraries.of(Catalogues.systems().stream()
                .filter(s -> s.name().matches("\\p{L}+"))
                .toList());
    }

    @Provide
    Arbitrary<Integer> endingIndex() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> compoundParts() {
        return Arbitraries.of(COMPOUND_PARTS);
    }

    /** The endings Finnish gives a name ending so: after a vowel, after a consonant (the linking i), else a colon. */
    private static List<String> endingsFor(String name) {
        char last = name.charAt(name.length() - 1);
        List<String> plain = new ArrayList<>(WEAK_GRADE);
        plain.addAll(STRONG_GRADE);
        List<String> endings = new ArrayList<>();
        if (Character.isUpperCase(last)) {
            plain.forEach(e -> endings.add(":" + e));
        } else if ("aeiouyäö".indexOf(last) >= 0) {
            endings.addAll(plain);
            endings.add(last + "n");
            endings.add("h" + last + "n");
            endings.add("ta");
            plain.forEach(e -> endings.add(":" + e));
        } else {
            plain.forEach(e -> endings.add("i" + e));
            endings.add("iin");
            plain.forEach(e -> endings.add(":" + e));
        }
        endings.add("");
        return endings;
    }
}
