package fi.seloste.oldnotice;

import fi.seloste.domain.LegalBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usual wordings of the Art. 6(1) bases in Finnish, Swedish and English notices, in the order the sentence
 * names them. A basis the sentence denies ("sopimukseen, ei suostumukseen") is not one; a sentence about withdrawing
 * consent or objecting describes a right, not the business's basis, and gives none.
 */
final class LegalBasisWordings {

    private static final List<Wording> WORDINGS = List.of(
            Wording.of("oikeutettu(?:un)? etu|oikeutetun edun|oikeutettuihin etuihin|berättigade? intresse|legitimate interest",
                    LegalBasis.LEGITIMATE_INTERESTS.name()),
            Wording.of("suostumu|samtyck|\\bconsent|on sen sallinut|on sallinut sen|on antanut (?:siihen )?luvan|luvallasi|asiakkaan luvalla",
                    LegalBasis.CONSENT.name()),
            Wording.of("sopimukse(?:en|n) (?:täytäntöön|perusteella|toteuttami)|perustu\\p{L}*[^.]{0,40}\\bsopimukseen\\b|sopimussuhde"
                            + "|(?:peruste|grund|basis)[^.]{0,40}\\bsopimus\\b|(?:grund|basis)[^.]{0,20}\\bavtal(?:et)?\\b"
                            + "|fullgörande av (?:ett |avtalet)|performance of (?:a|the) contract|\\bcontract\\b",
                    LegalBasis.CONTRACT.name()),
            Wording.of("lakisääteise(?:n|t|en) velvoit|lakisääteinen velvoite|lakisääteinen velvollisuus|lakisääteise\\p{L}* velvollisuu|\\p{L}*(?:laki|lain) velvoitta\\p{L}*|lain edellyttämä velvoite|rättslig förpliktelse|legal obligation",
                    LegalBasis.LEGAL_OBLIGATION.name()),
            Wording.of("elintärke|vitala intressen|vital interest", LegalBasis.VITAL_INTERESTS.name()),
            Wording.of("yleistä etua koskeva|julkisen vallan käyttä|allmänt intresse|myndighetsutövning|public interest|official authority",
                    LegalBasis.PUBLIC_TASK.name()));

    /** "6 artiklan 1 kohdan a alakohta", "6 art. 1 a", "6(1)(a)", "artikla 6.1 a", "Art. 6(1)(f)". */
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iU)(?:\\b6\\s*(?:art\\p{L}*\\.?)?\\s*(?:\\(1\\)|\\.1|1)\\s*(?:kohd\\p{L}*|mom\\.?|punkt\\p{L}*)?\\s*\\(?([a-f])\\)?(?:\\s*alakohta\\p{L}*)?\\b"
                    + "|art(?:ikla|\\.|icle)?\\s*6\\s*(?:\\(1\\)|\\.1|,? 1 (?:kohta|kohdan|punkten))\\s*\\(?([a-f])\\)?\\b)");
    /** Withdrawing consent or objecting: the rights section's words, whatever basis they mention. */
    private static final Pattern A_RIGHT = Pattern.compile("(?iU)peruut|peruuta|återkall|withdraw|vastust|invänd|\\bobject");
    /** A denial within the three words before the basis. */
    private static final Pattern DENIAL = Pattern.compile("(?iU)\\b(?:ei|eikä|emme|eivät|inte|ej|not|no|never)\\b");
    /** ", joka perustuu suostumukseen": the basis of the one purpose just before it, not of the whole list. */
    private static final Pattern RELATIVE_BASIS = Pattern.compile(
            "(?iU),?\\s*\\b(?:joka|jotka|mikä|som|which|that)\\s+(?:perustu\\p{L}*|grundar|bygger|(?:is|are) based)\\b");

    private LegalBasisWordings() {
    }

    static List<String> bases(String sentence) {
        if (A_RIGHT.matcher(sentence).find()) {
            return List.of();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        Map<Integer, String> byPosition = new TreeMap<>();
        for (Wording wording : WORDINGS) {
            Matcher m = wording.pattern().matcher(lower);
            while (m.find()) {
                if (!deniedBefore(lower, m.start())) {
                    byPosition.putIfAbsent(m.start(), wording.value());
                    break;
                }
            }
        }
        Matcher m = ARTICLE.matcher(sentence);
        while (m.find()) {
            String point = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            for (LegalBasis basis : LegalBasis.values()) {
                if (basis.article().equals("6(1)(" + point + ")") && !deniedBefore(lower, m.start())) {
                    byPosition.putIfAbsent(m.start(), basis.name());
                }
            }
        }
        List<String> bases = new ArrayList<>();
        byPosition.values().stream().filter(b -> !bases.contains(b)).forEach(bases::add);
        return bases;
    }

    private static final Pattern NAMES_THE_BASIS = Pattern.compile(
            "(?iU)\\bperustu\\p{L}*|\\b(?:käsittely|oikeus)perust\\p{L}*|\\bgrundar sig\\b|\\bbaseras\\b|\\b(?:is|are) based on\\b|\\blegal basis\\b|\\brättslig grund\\b");

    /** "…perustuu lakisääteiseen velvoitteeseen": a sentence that says what the processing rests on. */
    static boolean namesTheBasis(String sentence) {
        return NAMES_THE_BASIS.matcher(sentence).find() && !bases(sentence).isEmpty();
    }

    /** Whether a relative clause gives the basis to the purpose just before it ("…lähettämiseen, joka perustuu…"). */
    static boolean givenByRelativeClause(String sentence) {
        return RELATIVE_BASIS.matcher(sentence).find();
    }

    /** Whether the purpose stands right before the relative clause that gives the basis. */
    static boolean relativeClauseFollows(String sentence, String purpose) {
        int at = sentence.indexOf(purpose);
        if (at < 0) {
            return false;
        }
        Matcher m = RELATIVE_BASIS.matcher(sentence);
        return m.find(at + purpose.length()) && m.start() == at + purpose.length();
    }

    /** The text before a relative clause that gives a basis, so that the clause is not read as a purpose of its own. */
    static String withoutRelativeClause(String list) {
        Matcher m = RELATIVE_BASIS.matcher(list);
        return m.find() ? list.substring(0, m.start()) : list;
    }

    private static boolean deniedBefore(String lower, int start) {
        String before = lower.substring(0, start).strip();
        String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
        StringBuilder lastThree = new StringBuilder();
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            lastThree.append(words[i]).append(' ');
        }
        return DENIAL.matcher(lastThree).find();
    }
}
