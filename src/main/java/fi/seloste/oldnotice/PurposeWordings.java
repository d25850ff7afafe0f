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
            Pattern.compile("(?iU)(?:tietoja|henkilötietoja|tiedot|henkilötiedot|tietojasi)\\s+(?:käytetään|käsitellään|hyödynnetään)\\s+(.+)"),
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

    private PurposeWordings() {
    }

    static List<String> purposes(String sentence) {
        List<String> purposes = new ArrayList<>();
        for (Pattern list : LISTS) {
            Matcher m = list.matcher(sentence);
            if (m.find()) {
                for (String item : ListItems.of(LegalBasisWordings.withoutRelativeClause(m.group(1)))) {
                    if (item.split("\\s+").length <= 14) {
                        purposes.add(item);
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
