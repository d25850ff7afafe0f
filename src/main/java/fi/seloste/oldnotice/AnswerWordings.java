package fi.seloste.oldnotice;

import fi.seloste.domain.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The yes/no questions a notice answers: transfers outside the EU/EEA, other disclosures, cookies, automated
 * decisions and profiling. A "no" is placed only when the sentence says no; a "yes" only where the wording is plain.
 */
final class AnswerWordings {

    private static final Pattern OUTSIDE_EEA = Pattern.compile(
            "(?iU)(?:eu:n|eta:n|euroopan unionin|euroopan talousalueen|eu-|eta-)[^.]{0,40}ulkopuolelle|utanför (?:eu|ees|europeiska)|outside (?:of )?the (?:eu|eea|european)");
    private static final Pattern NOT_DISCLOSED = Pattern.compile(
            "(?iU)\\b(?:ei|eikä)(?: \\p{L}+){0,2} luovuteta|emme(?: \\p{L}+)? luovuta|luovuteta ei|lämnas (?:inte|ej) ut|överlåts inte|are not disclosed|do not disclose|is not disclosed|will not be disclosed|not (?:be )?shared");
    private static final Pattern EXCEPT = Pattern.compile("(?iU)paitsi|lukuun ottamatta|ellei|muutoin kuin|except|utom|förutom|unless");
    private static final Pattern COOKIES_USED = Pattern.compile(
            "(?iU)käytämme[^!?]{0,120}?evästei|käytetään[^!?]{0,60}?evästei|käyttää[^!?]{0,60}?evästei|evästeitä käytetään|använder (?:vi )?(?:även )?kakor|we use cookies|uses cookies");
    private static final Pattern NO_COOKIES = Pattern.compile(
            "(?iU)emme käytä[^.!?]{0,40}?evästei|ei käytetä[^.!?]{0,40}?evästei|ei käytä evästei|evästeitä ei käytetä|använder inte kakor|inga kakor|do not use cookies|does not use cookies|no cookies");
    private static final Pattern DECISIONS = Pattern.compile(
            "(?iU)automaat\\p{L}* päätöksen|automatisoi\\p{L}* päätöksen|automaattisia päätöksiä|automatiserat beslutsfattande|automatiserade beslut|automatiska beslut|automated decision");
    private static final Pattern PROFILING = Pattern.compile("(?iU)profiloin|profilering|profiling");

    private AnswerWordings() {
    }

    static List<PlacedFact> answers(String sentence) {
        List<PlacedFact> facts = new ArrayList<>();
        boolean negated = Wording.negated(sentence);
        if (OUTSIDE_EEA.matcher(sentence).find() && !EXCEPT.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.TRANSFERS_OUTSIDE_EEA, (negated ? Answer.NO : Answer.YES).name(), sentence));
        }
        if (NOT_DISCLOSED.matcher(sentence).find() && !EXCEPT.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.OTHER_DISCLOSURES, Answer.NO.name(), sentence));
        }
        if (NO_COOKIES.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.COOKIES_USED, Answer.NO.name(), sentence));
        } else if (COOKIES_USED.matcher(sentence).find() && !negated) {
            facts.add(new PlacedFact(FactField.COOKIES_USED, Answer.YES.name(), sentence));
        }
        if (negated && DECISIONS.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.AUTOMATED_DECISIONS, Answer.NO.name(), sentence));
        }
        if (negated && PROFILING.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.PROFILING, Answer.NO.name(), sentence));
        }
        return facts;
    }
}
