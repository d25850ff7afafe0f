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

    static List<String> bases(String sentence) {
        return Wording.values(WORDINGS, sentence);
    }
}
