package fi.seloste.oldnotice;

import fi.seloste.domain.LegalBasis;
import java.util.List;

/** The usual wordings of the Art. 6(1) bases in Finnish, Swedish and English notices. */
final class LegalBasisWordings {

    private static final List<Wording> WORDINGS = List.of(
            Wording.of("oikeutettu(?:un)? etu|oikeutetun edun|oikeutettuihin etuihin|berättigade? intresse|legitimate interest",
                    LegalBasis.LEGITIMATE_INTERESTS.name()),
            Wording.of("suostumu|samtyck|\\bconsent|on sen sallinut|on sallinut sen|on antanut (?:siihen )?luvan|luvallasi|asiakkaan luvalla",
                    LegalBasis.CONSENT.name()),
            Wording.of("sopimukse(?:en|n) (?:täytäntöön|perusteella|toteuttami)|perustuu sopimukseen|sopimussuhde|avtal|performance of (?:a|the) contract|\\bcontract\\b",
                    LegalBasis.CONTRACT.name()),
            Wording.of("lakisääteise(?:n|t|en) velvoit|lakisääteinen velvoite|lain edellyttämä velvoite|rättslig förpliktelse|legal obligation",
                    LegalBasis.LEGAL_OBLIGATION.name()),
            Wording.of("elintärke|vitala intressen|vital interest", LegalBasis.VITAL_INTERESTS.name()),
            Wording.of("yleistä etua koskeva|julkisen vallan käyttä|allmänt intresse|myndighetsutövning|public interest|official authority",
                    LegalBasis.PUBLIC_TASK.name()));

    private LegalBasisWordings() {
    }

    /** "6 artiklan 1 kohdan a alakohta", "6 art. 1 a", "6(1)(a)", "artikla 6.1 a", "Art. 6(1)(f)". */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "(?iU)(?:\\b6\\s*(?:art\\p{L}*\\.?)?\\s*(?:\\(1\\)|\\.1|1)\\s*(?:kohd\\p{L}*|mom\\.?|punkt\\p{L}*)?\\s*\\(?([a-f])\\)?(?:\\s*alakohta\\p{L}*)?\\b"
                    + "|art(?:ikla|\\.|icle)?\\s*6\\s*(?:\\(1\\)|\\.1|,? 1 (?:kohta|kohdan|punkten))\\s*\\(?([a-f])\\)?\\b)");

    static List<String> bases(String sentence) {
        List<String> bases = new java.util.ArrayList<>(Wording.values(WORDINGS, sentence));
        java.util.regex.Matcher m = ARTICLE.matcher(sentence);
        while (m.find()) {
            String point = m.group(1) != null ? m.group(1) : m.group(2);
            for (LegalBasis basis : LegalBasis.values()) {
                if (basis.article().equals("6(1)(" + point.toLowerCase(java.util.Locale.ROOT) + ")") && !bases.contains(basis.name())) {
                    bases.add(basis.name());
                }
            }
        }
        return bases;
    }
}
