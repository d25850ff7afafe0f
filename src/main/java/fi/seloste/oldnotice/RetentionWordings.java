package fi.seloste.oldnotice;

import fi.seloste.domain.RetentionCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The usual wordings of how long data is kept, as the domain's retention criteria. */
final class RetentionWordings {

    private static final String NUMBER = "(\\d{1,2}|yksi|yhden|kaksi|kahden|kolme|kolmen|viiden|kuuden|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|ett|två|tre|fyra|fem|sex|tio|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("yksi", 1), Map.entry("yhden", 1), Map.entry("kahden", 2), Map.entry("kolmen", 3), Map.entry("viiden", 5), Map.entry("kuuden", 6),
            Map.entry("kaksi", 2), Map.entry("kolme", 3), Map.entry("neljä", 4), Map.entry("viisi", 5), Map.entry("kuusi", 6),
            Map.entry("seitsemän", 7), Map.entry("kahdeksan", 8), Map.entry("yhdeksän", 9), Map.entry("kymmenen", 10),
            Map.entry("ett", 1), Map.entry("två", 2), Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5),
            Map.entry("sex", 6), Map.entry("tio", 10), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    private static final Pattern AFTER_RELATIONSHIP = Pattern.compile("(?iU)" + NUMBER
            + " (?:vuotta|vuoden ajan|vuoden) (?:asiakkuuden|asiakassuhteen|sopimuksen|sopimussuhteen|jäsenyyden|viimeisen (?:käynnin|oston|asioinnin)) ?(?:päättymisestä|päätyttyä|päättymisen jälkeen|jälkeen)"
            + "|" + NUMBER + " (?:vuotta|vuoden|vuoden kuluttua) viimeisestä (?:hoito)?(?:käynnistä|asioinnista|ostosta|ostoksesta|tilauksesta)"
            + "|" + NUMBER + " år efter (?:att )?kundförhållandet|" + NUMBER + " years? after the (?:end of the )?customer relationship");
    /** "…poistetaan vuoden kuluessa jäsenyyden päättymisestä": within a year of the end, so at most a year after it. */
    private static final Pattern WITHIN_A_YEAR_AFTER = Pattern.compile(
            "(?iU)\\bvuoden kuluessa (?:asiakkuuden|asiakassuhteen|sopimuksen|sopimussuhteen|jäsenyyden) (?:päättymisestä|päätyttyä)"
                    + "|\\binom ett år efter att (?:kundförhållandet|medlemskapet)|\\bwithin a year (?:of|after) the end of the (?:customer relationship|membership)");
    /** "Jäsenen tiedot poistetaan, kun jäsenyys päättyy": kept to the end of the relationship, not after it. */
    private static final Pattern WHEN_IT_ENDS = Pattern.compile(
            "(?iU)(?:poistetaan|poistamme|hävitetään|tuhotaan)[^.]{0,40}?,? kun (?:asiakkuus|asiakassuhde|jäsenyys|sopimus|sopimussuhde) päättyy"
                    + "|(?:raderas|förstörs)[^.]{0,40}? när (?:kundförhållandet|medlemskapet) upphör|(?:deleted|destroyed)[^.]{0,40}? when the (?:customer relationship|membership) ends");
    private static final Pattern AFTER_EMPLOYMENT = Pattern.compile("(?iU)" + NUMBER
            + " (?:vuotta|vuoden) työsuhteen (?:päättymisestä|päätyttyä|päättymisen jälkeen)|" + NUMBER + " år efter anställningen|" + NUMBER + " years? after (?:the )?employment");
    private static final Pattern DURING_RELATIONSHIP = Pattern.compile(
            "(?iU)(?:asiakassuhteen|asiakkuuden|sopimussuhteen|asiakassuhteemme)(?: jatkumisen| voimassaolon| keston)? ajan|niin kauan kuin (?:olet|henkilö on) asiakkaa"
                    + "|under kundförhållandet|så länge kundförhållandet|for the duration of the customer relationship|during the customer relationship|as long as you are (?:a|our) customer");
    private static final Pattern ACCOUNTING = Pattern.compile("(?iU)kirjanpitolai|kirjanpitolaki|bokföringslag|accounting act");
    private static final Pattern SIX = Pattern.compile("(?iU)\\b(?:6|kuusi|sex|six) (?:vuotta|vuoden|år|years)");
    private static final Pattern TEN = Pattern.compile("(?iU)\\b(?:10|kymmenen|tio|ten) (?:vuotta|vuoden|år|years)");
    private static final Pattern LAW = Pattern.compile(
            "(?iU)(?:laki|lait|lainsäädäntö|lainsäädännön)[^.]{0,80}edellyt|lain edellyttämä|lakisääteise\\p{L}* säilytys|som lagen kräver|lagstiftningen kräver|(?:required|requires?) by law|the law requires");
    private static final Pattern CONSENT = Pattern.compile(
            "(?iU)suostumuksen peruuttami\\p{L}* (?:asti|saakka)|kunnes (?:peruutat|\\p{L}+ peruuttaa) suostum|tills samtycket återkallas|until (?:you withdraw|consent is withdrawn)");
    private static final Pattern FIXED = Pattern.compile("(?iU)(?:säilytetään|säilytämme|sparas|bevaras|kept|stored|retained)[^.]{0,30}?\\b" + NUMBER + " (?:vuotta|vuoden ajan|år|years)");
    /** "…asiakassuhteen ajan ja sen jälkeen…": the relationship is not the end of it. */
    private static final Pattern AND_AFTER = Pattern.compile("(?iU)\\b(?:ja )?sen jälkeen\\b|\\bdärefter\\b|\\boch efter\\b|\\band (?:then|after)(?:wards)?\\b|\\bthereafter\\b");
    /** "…ellei laki edellytä…": the law is the exception, not the rule. */
    private static final Pattern UNLESS_LAW = Pattern.compile(
            "(?iU)\\b(?:ellei|paitsi jos|om inte|unless)\\b[^.]{0,40}(?:laki|lain|lainsäädän|lag|law)");
    private static final Pattern WHILE_NEEDED = Pattern.compile(
            "(?iU)kun (?:niitä |tietoja )?ei enää tarvita|niin kauan kuin (?:se on |ne ovat |niitä )?(?:tarpeen|tarvitaan|tarpeellista)|så länge (?:det |de )?behövs|as long as (?:it is |they are )?(?:necessary|needed)");
    private static final Pattern ABOUT_KEEPING = Pattern.compile("(?iU)säily|säilö|sparas|bevaras|lagras|retain|kept|stored|poistetaan|raderas|deleted");

    private RetentionWordings() {
    }

    static boolean aboutKeeping(String sentence) {
        return ABOUT_KEEPING.matcher(sentence).find();
    }

    static List<RetentionValue> periods(String sentence) {
        List<RetentionValue> periods = new ArrayList<>();
        Matcher after = AFTER_RELATIONSHIP.matcher(sentence);
        if (after.find()) {
            periods.add(new RetentionValue(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, number(after)));
        } else if (WITHIN_A_YEAR_AFTER.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 1));
        } else if (WHEN_IT_ENDS.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0));
        } else if (DURING_RELATIONSHIP.matcher(sentence).find() && !AND_AFTER.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0));
        }
        Matcher employment = AFTER_EMPLOYMENT.matcher(sentence);
        if (employment.find()) {
            periods.add(new RetentionValue(RetentionCriterion.END_OF_EMPLOYMENT_PLUS_YEARS, number(employment)));
        }
        boolean accounting = ACCOUNTING.matcher(sentence).find();
        if (accounting && SIX.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.ACCOUNTING_VOUCHERS, null));
        }
        if (accounting && TEN.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.ACCOUNTING_BOOKS, null));
        }
        boolean lawTheException = UNLESS_LAW.matcher(sentence).find();
        if (!accounting && !lawTheException && LAW.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.AS_REQUIRED_BY_LAW, null));
        }
        if (CONSENT.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.UNTIL_CONSENT_WITHDRAWN, null));
        }
        if (WHILE_NEEDED.matcher(sentence).find()) {
            periods.add(new RetentionValue(RetentionCriterion.AS_LONG_AS_PURPOSE_NEEDS, null));
        }
        Matcher fixed = FIXED.matcher(sentence);
        if (periods.isEmpty() && fixed.find()) {
            periods.add(new RetentionValue(RetentionCriterion.FIXED_YEARS, number(fixed)));
        }
        return periods;
    }

    private static Integer number(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String n = m.group(g);
            if (n != null) {
                String lower = n.toLowerCase(Locale.ROOT);
                return WORDS.containsKey(lower) ? WORDS.get(lower) : Integer.valueOf(lower);
            }
        }
        return null;
    }
}
