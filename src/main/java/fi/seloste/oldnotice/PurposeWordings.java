package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The usual ways a notice says what the data is used for; the purposes are the text's own words. */
final class PurposeWordings {

    private static final List<Pattern> LISTS = List.of(
            Pattern.compile("(?iU)käyttötarkoitu(?:s|ksena) on (.+)"),
            Pattern.compile("(?iU)(?:käsittelyn )?tarkoitu(?:s|ksena) on (.+)"),
            Pattern.compile("(?iU)(?:tietoja|henkilötietoja|tiedot|henkilötiedot|tietojasi)\\s+(?:käytetään|käsitellään|hyödynnetään|voidaan (?:käyttää|käsitellä|hyödyntää))\\s+(.+)"),
            Pattern.compile("(?iU)(?:käytämme|käsittelemme) (?:tietoja|henkilötietoja|tietojasi|henkilötietojasi) (.+)"),
            // "…vain sellaiset henkilötiedot, jotka ovat tarpeen jäsenasioiden hoitamiseen": what the data is needed for.
            Pattern.compile("(?iU)(?:jotka|joita) (?:ovat|on) (?:välttämättömiä|tarpeellisia|tarpeen) (.+)"),
            Pattern.compile("(?iU)ändamålet (?:med behandlingen )?är (?:att )?(.+)"),
            Pattern.compile("(?iU)(?:uppgifterna|personuppgifterna|uppgifter) (?:används|behandlas) (?:för|till) (.+)"),
            Pattern.compile("(?iU)(?:data|information|personal data) (?:is|are) (?:used|processed) (?:for|to) (.+)"),
            Pattern.compile("(?iU)purposes? of (?:the )?processing (?:is|are) (.+)"));
    /** "…voi lähettää markkinointi- ja muita tiedotusviestejä asiakkaalle…": direct marketing, in its own words. */
    private static final Pattern MARKETING = Pattern.compile(
            "(?iU)lähettää (.{0,80}?(?:markkinointi|uutiskirje|tiedote)\\S*(?: [^ ]+){0,3}?) (?:asiakkaalle|asiakkaille|sinulle|rekisteröidyille)");

    /** "myös", "att", "för att": words before the purpose, not of it. */
    private static final Pattern LEADING = Pattern.compile("(?iU)^(?:myös|lisäksi|för att|för|att|to|for)\\s+");
    /** "…for the following purposes:": the lead-in to a list, not a purpose. */
    private static final Pattern INTRO = Pattern.compile("(?iU)(?:the )?following purposes\\s*:?|seuraaviin (?:käyttö)?tarkoituksiin\\s*:?|följande ändamål\\s*:?|:");

    private PurposeWordings() {
    }

    /** "laskutukseen", "markkinointiin", "för fakturering": a purpose of its own, in the case a purpose takes. */
    private static final Pattern CASE_ENDED = Pattern.compile("(?iU)(?:n|ksi)$");

    /**
     * Nouns in the basic form after a first item of two words or more ("potilaan hoidon suunnittelu, toteutus ja
     * seuranta"): the first item's head is theirs too, and the list is one purpose.
     */
    private static boolean sharesItsHead(List<String> items) {
        return items.size() >= 3 && items.get(0).split("\\s+").length >= 2
                && items.subList(1, items.size()).stream().allMatch(i -> !i.strip().contains(" ") && !CASE_ENDED.matcher(i.strip()).find());
    }

    static List<String> purposes(String sentence) {
        List<String> purposes = new ArrayList<>();
        for (Pattern list : LISTS) {
            Matcher m = list.matcher(sentence);
            if (m.find()) {
                String list1 = LEADING.matcher(LegalBasisWordings.withoutRelativeClause(m.group(1))).replaceFirst("");
                List<String> items = ListItems.of(list1);
                if (sharesItsHead(items)) {
                    // "potilaan hoidon suunnittelu, toteutus ja seuranta": one purpose, its nouns sharing "potilaan hoidon".
                    items = List.of(ContactLines.trimPunctuation(list1));
                }
                for (String item : items) {
                    String purpose = LEADING.matcher(item).replaceFirst("");
                    if (purpose.split("\\s+").length <= 14 && !INTRO.matcher(purpose).matches()) {
                        purposes.add(purpose);
                    }
                }
                break;
            }
        }
        Matcher marketing = MARKETING.matcher(sentence);
        if (purposes.isEmpty() && marketing.find()) {
            purposes.add(marketing.group(1).strip());
        }
        return purposes;
    }
}
