package fi.seloste.oldnotice;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences that list the data subjects or the data categories; the items are the text's own words. */
final class ListWordings {

    private static final List<Pattern> SUBJECTS = List.of(
            Pattern.compile("(?iU)rekisterissä (?:ovat|on) (?:mukana )?(.+)"),
            Pattern.compile("(?iU)rekisteröityjä (?:ovat|ovat mm\\.) (.+)"),
            Pattern.compile("(?iU)rekisteröidyt(?: ovat|:) (.+)"),
            Pattern.compile("(?iU)rekisteri (?:koskee|sisältää tietoja) (.+?)(?: tiedoista)?$"),
            Pattern.compile("(?iU)(?:de )?registrerade (?:är|:) (.+)"),
            Pattern.compile("(?iU)data subjects (?:are|:) (.+)"));
    private static final List<Pattern> CATEGORIES = List.of(
            Pattern.compile("(?iU)seuraav(?:at|ia) (?:henkilö)?tiedo(?:t|ja)\\s*:?\\s*(.+)"),
            Pattern.compile("(?iU)(?:tietoja|henkilötietoja|tietoina) (?:ovat|ovat mm\\.|ovat esimerkiksi) (.+)"),
            Pattern.compile("(?iU)(?:rekisteri|tietosisältö) (?:sisältää|koostuu) (?:seuraavista tiedoista:?|seuraavia tietoja:?)?\\s*(.+)"),
            // "Rekisterissä voi olla jäsenen antamia perustietoja, kuten nimi, …": the examples are the data.
            Pattern.compile("(?iU)rekisteriss[äa] (?:voi olla|on|ovat|voidaan käsitellä) (?:\\p{L}+ ){0,3}?\\p{L}*tieto(?:ja|a),? (?:kuten|esimerkiksi|mm\\.) (.+)"),
            Pattern.compile("(?iU)(?:följande (?:person)?uppgifter|uppgifterna är)\\s*:?\\s*(.+)"),
            Pattern.compile("(?iU)(?:the following (?:personal )?(?:data|information)|we process)\\s*:?\\s*(.+)"));
    private static final Pattern OPTIONAL = Pattern.compile("(?iU)\\s*\\((?:mahdollisesti|vapaaehtoi(?:nen|set|sesti)|valfri(?:tt|a)?|frivillig(?:t|a)?|optional)\\)");
    private static final Pattern IP_ADDRESS = Pattern.compile("(?iU)\\b(ip-osoit\\p{L}*|ip-adress\\p{L}*|ip address(?:es)?)");

    /** An item of a list of data, and whether it is collected only sometimes. */
    record Item(String label, boolean optional) {
    }

    private ListWordings() {
    }

    /** "Tämä seloste koskee verkkokauppamme asiakkaiden, … henkilötietoja": whose data, wherever the notice says it. */
    private static final Pattern WHOSE_DATA = Pattern.compile(
            "(?iU)(?:seloste|rekisteri|tietosuojaseloste) koskee (.+?) henkilötieto\\p{L}*\\s*[.]?$");

    static List<String> subjectsAnywhere(String sentence) {
        Matcher m = WHOSE_DATA.matcher(sentence);
        return m.find() ? ListItems.of(m.group(1)) : List.of();
    }

    static List<String> subjects(String sentence) {
        return first(SUBJECTS, sentence).map(ListItems::of).orElse(List.of());
    }

    static List<Item> categories(String sentence) {
        return first(CATEGORIES, sentence).map(ListWordings::items).orElse(List.of());
    }

    static List<Item> items(String list) {
        return items(ListItems.of(list));
    }

    /** The items of one bullet of a list (ListItems.ofBullet). */
    static List<Item> bulletItems(String bullet) {
        return items(ListItems.ofBullet(bullet));
    }

    private static final Pattern CONTENT_INTRO = Pattern.compile(
            "(?iU)(?:rekisteri\\p{L}*|tietosisältö) sisältää(?: seuraavat tiedot| seuraavia tietoja)?\\s*:$|seuraavat (?:henkilö)?tiedot\\s*(?:\\([^)]*\\))?\\s*:$"
                    + "|registret innehåller\\s*:$|följande (?:person)?uppgifter\\s*:$|(?:register|file) (?:may )?contains? the following (?:personal )?(?:data|information)\\s*:$");

    /** "Potilasrekisteri sisältää:": a lead-in to a list of the register's data. */
    static boolean contentIntro(String intro) {
        return CONTENT_INTRO.matcher(intro.strip()).find();
    }

    /** Whether a list's lead-in marks what follows as given only sometimes: "seuraavat tiedot (vapaaehtoiset):". */
    static boolean optionalIntro(String intro) {
        return OPTIONAL.matcher(intro).find();
    }

    private static List<Item> items(List<String> list) {
        return list.stream()
                .filter(item -> !OPTIONAL.matcher(item).replaceAll("").replaceAll("[\\s:()]", "").isEmpty())
                .filter(item -> item.split("\\s+").length <= 14)
                .map(item -> new Item(OPTIONAL.matcher(item).replaceAll("").strip(), OPTIONAL.matcher(item).find()))
                .toList();
    }

    /**
     * A sentence that is nothing but a list under the data heading ("Nimi, osoite, puhelinnumero, laskutustiedot."):
     * three items or more, each short, and no verb of a sentence about them.
     */
    static List<Item> bareList(String sentence) {
        if (SENTENCE_VERB.matcher(sentence).find()) {
            return List.of();
        }
        List<String> items = ListItems.of(sentence);
        boolean listLike = items.size() >= 3 && items.stream().allMatch(i -> i.split("\\s+").length <= 8);
        return listLike ? items(sentence) : List.of();
    }

    /** A bullet short enough to be an item of a list rather than a sentence. */
    static boolean isShortItem(String sentence) {
        return sentence.split("\\s+").length <= 10 && !SENTENCE_VERB.matcher(sentence).find();
    }

    private static final Pattern SENTENCE_VERB = Pattern.compile(
            "(?iU)\\b(?:on|ovat|ei|eivät|voi|voidaan|käytetään|käsitellään|säilytetään|tallennetaan|kerätään|saadaan|luovutetaan|käsittelemme|käytämme|keräämme|tallennamme|är|används|behandlas|sparas|is|are|will|may|we)\\b");

    /** A sentence saying IP addresses are logged or kept names that data category, in its words. */
    static Optional<String> ipAddress(String sentence) {
        Matcher m = IP_ADDRESS.matcher(sentence);
        return m.find() && Pattern.compile("(?iU)tallen|kerä|käsitel|lokiin|sparas|loggas|logged|collect|stored").matcher(sentence).find()
                ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> first(List<Pattern> patterns, String sentence) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
