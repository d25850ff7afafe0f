package fi.seloste.oldnotice;

import fi.seloste.domain.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The yes/no questions a notice answers: transfers outside the EU/EEA, other disclosures, cookies, automated
 * decisions and profiling. A "no" is placed only when the negation governs the very thing asked about, with nothing
 * that narrows it ("markkinointievästeitä", "muille kuin Verohallinnolle", "pääsääntöisesti", "…, mutta"); when unsure
 * the question is left unanswered, for the owner to answer.
 */
final class AnswerWordings {

    private static final Pattern OUTSIDE_EEA = Pattern.compile(
            "(?iU)(?:eu:n|eta:n|euroopan unionin|euroopan talousalueen|eu-|eta-)[^.]{0,40}ulkopuolelle|utanför (?:eu|ees|europeiska)|outside (?:of )?the (?:eu|eea|european)");
    /** The negation governs the transfer (or the disclosure, "ei luovuteta … eikä EU:n ulkopuolelle"). */
    private static final Pattern NOT_TRANSFERRED = Pattern.compile(
            "(?iU)\\b(?:ei|eikä) (?:\\p{L}+ )?(?:siirretä|luovuteta)\\b|\\bemme (?:\\p{L}+ )?(?:siirrä|luovuta)\\b|överförs (?:inte|ej)|(?:lämnas|överlåts) (?:inte|ej)"
                    + "|(?:is|are) not (?:transferred|disclosed)|(?:do|does) not transfer|will not be transferred");
    private static final Pattern TRANSFERRED = Pattern.compile(
            "(?iU)siirretään|siirrämme|siirtyy|siirtyvät|voidaan siirtää|överförs|överför vi|(?:is|are|may be|can be) transferred|we transfer");
    /** "As a rule", "usually": sometimes the data does go. */
    private static final Pattern AS_A_RULE = Pattern.compile(
            "(?iU)pääsääntöisesti|lähtökohtaisesti|yleensä|normaalisti|i regel|i huvudsak|normalt|normally|as a rule|generally|usually|in principle|periaatteessa|mainly|pääasiassa");
    /** "Ei luovuteta kolmansille osapuolille.": no one outside receives the data; nothing narrows it. */
    private static final Pattern NOT_DISCLOSED = Pattern.compile(
            "(?iU)(?:\\b(?:ei|eikä)(?: säännönmukaisesti)? luovuteta(?: tietoja| henkilötietoja)?|\\bemme luovuta(?: tietoja)?) (?:säännönmukaisesti )?"
                    + "(?:ulkopuolisille|kolmansille(?: osapuolille)?|muille|kolmansien osapuol(?:ien|ten) käyttöön|ulkopuolisten käyttöön|(?:yrityksen|yhdistyksen|seuran|rekisterinpitäjän) ulkopuolelle)"
                    + "(?=\\s*(?:[.!]?\\s*$|,?\\s*eikä\\b))"
                    + "|lämnas (?:inte|ej) ut (?:till )?(?:tredje part(?:er)?|utomstående|andra)(?=\\s*(?:[.!]?\\s*$|,?\\s*(?:och inte|eller)\\b))"
                    + "|(?:is|are) not disclosed to (?:any )?(?:third parties|outside parties|anyone else|others)(?=\\s*(?:[.!]?\\s*$|,?\\s*(?:or|nor)\\b))"
                    + "|(?:do|does) not disclose (?:\\p{L}+ ){0,2}to (?:any )?third parties(?=\\s*(?:[.!]?\\s*$|,?\\s*(?:or|nor)\\b))");
    private static final Pattern EXCEPT = Pattern.compile(
            "(?iU)paitsi|lukuun ottamatta|ellei|muutoin kuin|muille kuin|pois ?lukien|\\bilman\\b|except|other than|apart from|without|unless"
                    + "|\\butom\\b|förutom|annat än|andra än|med undantag|\\butan\\b");
    private static final Pattern COOKIES_USED = Pattern.compile(
            "(?iU)käytämme[^!?]{0,120}?evästei|käytetään[^!?]{0,60}?evästei|käyttää[^!?]{0,60}?evästei|evästeitä käytetään|använder (?:vi )?(?:även )?(?:endast |bara )?(?:\\p{L}+ )?kakor|we use cookies|uses? (?:only )?(?:\\p{L}+ )?cookies"
                    // "Google Analytics kerää evästeiden avulla tilastotietoa": cookies on the site, set for it.
                    + "|(?:kerää|kerätään|keräämme|seuraa|seurataan|tallentaa|tallennetaan)[^!?.]{0,60}?evästeiden avulla|evästeiden avulla[^!?.]{0,40}?(?:kerä|seura|tallenn)");
    /** Nothing between the negated verb and "evästeitä" but where ("sivuillamme"), and nothing after it that narrows it. */
    private static final Pattern NO_COOKIES = Pattern.compile(
            "(?iU)(?:\\bemme käytä|\\bei käytetä|\\bei käytä) (?:\\p{L}+(?:lla|llä|llamme|llämme|ssa|ssä|ssamme|ssämme) )?evästeitä(?: lainkaan| ollenkaan)?\\s*[.!]?\\s*$|^evästeitä ei käytetä(?: lainkaan| ollenkaan)?\\s*[.!]?\\s*$"
                    + "|använder (?:vi )?inte kakor(?: alls)?\\s*[.!]?\\s*$|(?:do|does) not use cookies(?: at all)?\\s*[.!]?\\s*$");
    /** "Voit käyttää sivustoa ilman evästeitä", "utan kakor": not a statement that cookies are used. */
    private static final Pattern WITHOUT = Pattern.compile("(?iU)\\bilman\\b|\\butan\\b|without|paitsi|except|utom");
    /** A description of the Art. 22 right, not of the business's own processing. */
    private static final Pattern ARTICLE_22_RIGHT = Pattern.compile(
            "(?iU)(?:oikeus|rätt|right)[^.]{0,40}(?:olla joutumatta|olla olematta|inte bli föremål|inte vara föremål|not to be subject)");
    private static final Pattern BUT = Pattern.compile("(?iU)\\b(?:mutta|men|but|kuitenkin|dock|however)\\b");
    private static final Pattern NO_DECISIONS = Pattern.compile(
            "(?iU)\\b(?:ei|emme) (?:tehdä|tee)[^,.]{0,30}automa|automa\\p{L}* päätöksiä ei|automaattista päätöksentekoa ei|automatisoitua päätöksentekoa ei"
                    + "|\\b(?:ei|eikä) (?:käytetä|käsitellä|hyödynnetä)[^,.]{0,40}automa\\p{L}* päätöksen|\\bemme käytä[^,.]{0,40}automa\\p{L}* päätöksen"
                    + "|(?:fattas|fattar vi) inga automatiserade beslut|används inte för automatiserat beslutsfattande|använder (?:vi )?inte[^,.]{0,20}automatiserat beslutsfattande"
                    + "|no automated decision|(?:do|does) not (?:make|use|carry out) automated decision|(?:is|are) not used for automated decision");
    private static final Pattern NO_PROFILING = Pattern.compile(
            "(?iU)\\bei profiloida|\\bemme profiloi|profilointia ei|\\b(?:ei|eikä) (?:käytetä|käsitellä|hyödynnetä)[^,.]{0,60}profilointi|\\bemme käytä[^,.]{0,60}profilointi"
                    + "|ingen profilering|profileras inte|används inte[^,.]{0,60}profilering|använder (?:vi )?inte[^,.]{0,60}profilering"
                    + "|no profiling|(?:is|are) not profiled|(?:do|does) not profile|(?:is|are) not used[^,.]{0,60}profiling|(?:do|does) not use[^,.]{0,60}profiling");

    private AnswerWordings() {
    }

    static List<PlacedFact> answers(String sentence) {
        List<PlacedFact> facts = new ArrayList<>();
        transfers(sentence).ifPresent(a -> facts.add(new PlacedFact(FactField.TRANSFERS_OUTSIDE_EEA, a.name(), sentence)));
        if (NOT_DISCLOSED.matcher(sentence).find() && !EXCEPT.matcher(sentence).find() && !AS_A_RULE.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.OTHER_DISCLOSURES, Answer.NO.name(), sentence));
        }
        if (NO_COOKIES.matcher(sentence).find() && !WITHOUT.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.COOKIES_USED, Answer.NO.name(), sentence));
        } else if (COOKIES_USED.matcher(sentence).find() && !Wording.negated(sentence) && !WITHOUT.matcher(sentence).find()) {
            facts.add(new PlacedFact(FactField.COOKIES_USED, Answer.YES.name(), sentence));
        }
        if (!ARTICLE_22_RIGHT.matcher(sentence).find() && !BUT.matcher(sentence).find()) {
            if (NO_DECISIONS.matcher(sentence).find()) {
                facts.add(new PlacedFact(FactField.AUTOMATED_DECISIONS, Answer.NO.name(), sentence));
            }
            if (NO_PROFILING.matcher(sentence).find()) {
                facts.add(new PlacedFact(FactField.PROFILING, Answer.NO.name(), sentence));
            }
        }
        return facts;
    }

    private static java.util.Optional<Answer> transfers(String sentence) {
        if (!OUTSIDE_EEA.matcher(sentence).find() || EXCEPT.matcher(sentence).find() || AS_A_RULE.matcher(sentence).find()) {
            return java.util.Optional.empty();
        }
        if (NOT_TRANSFERRED.matcher(sentence).find()) {
            return java.util.Optional.of(Answer.NO);
        }
        return TRANSFERRED.matcher(sentence).find() && !Wording.negated(sentence)
                ? java.util.Optional.of(Answer.YES) : java.util.Optional.empty();
    }
}
