package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Purpose;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lawyer's review, M6: a purpose gets a legal basis only when the text gives that purpose that basis. A wrong
 * consent brings a withdrawal right and a false free choice; a wrong legitimate interest a right to object.
 */
class LegalBasesOnlyWhereTheTextGivesThemTest {

    @Test
    void aBasisNamedInTheRightsSectionIsNotGivenToThePurposes() {
        Map<String, LegalBasis> bases = bases("Käyttötarkoitus\n\nTietoja käytetään ajanvarausten hoitamiseen ja laskutukseen.\n\n"
                + "Rekisteröidyn oikeudet\n\nSilloin kun oikeusperusteena on suostumus, voit peruuttaa suostumuksesi milloin tahansa.");

        assertThat(bases).containsOnlyKeys("ajanvarausten hoitamiseen", "laskutukseen");
        assertThat(bases.values()).containsOnlyNulls();
    }

    @Test
    void aBasisInThePurposesSectionIsGivenToThePurposesWhenItIsTheOnlyOne() {
        Map<String, LegalBasis> bases = bases("Käyttötarkoitus\n\nTietoja käytetään ajanvarausten hoitamiseen ja laskutukseen. "
                + "Käsittelyn oikeusperuste on sopimus.");

        assertThat(bases).containsEntry("ajanvarausten hoitamiseen", LegalBasis.CONTRACT).containsEntry("laskutukseen", LegalBasis.CONTRACT);
    }

    @Test
    void aSentenceNamingTwoBasesGivesNoneAndIsListedForTheOwner() {
        String text = "Käyttötarkoitus\n\nTietoja käytetään asiakassuhteen hoitamiseen, laskutukseen ja suoramarkkinointiin. "
                + "Oikeusperuste on sopimus ja suoramarkkinoinnissa oikeutettu etu.";

        Map<String, LegalBasis> bases = bases(text);

        assertThat(bases).containsOnlyKeys("asiakassuhteen hoitamiseen", "laskutukseen", "suoramarkkinointiin");
        assertThat(bases.values()).as("billing is not legitimate interest").containsOnlyNulls();
        assertThat(OldNoticeRecogniser.read(text).unplaced()).extracting(UnplacedStatement::sentence)
                .contains("Oikeusperuste on sopimus ja suoramarkkinoinnissa oikeutettu etu.");
    }

    @Test
    void aBasisInARelativeClauseGoesToThePurposeBeforeItAndIsNotAPurposeItself() {
        Map<String, LegalBasis> bases = bases("Käyttötarkoitus\n\n"
                + "Henkilötietoja käytetään laskutukseen ja uutiskirjeen lähettämiseen, joka perustuu suostumukseen.");

        assertThat(bases).containsOnlyKeys("laskutukseen", "uutiskirjeen lähettämiseen");
        assertThat(bases.get("uutiskirjeen lähettämiseen")).isEqualTo(LegalBasis.CONSENT);
        assertThat(bases.get("laskutukseen")).as("billing is not consent").isNull();
    }

    @Test
    void aDeniedBasisIsNotOneAndABareSopimusIsAContract() {
        Map<String, LegalBasis> denied = bases("Käyttötarkoitus\n\nTietoja käytetään laskutukseen. Käsittely perustuu sopimukseen, ei suostumukseen.");
        Map<String, LegalBasis> affirmed = bases("Käyttötarkoitus\n\nTietoja käytetään laskutukseen. Käsittely perustuu suostumukseen.");

        assertThat(denied).containsEntry("laskutukseen", LegalBasis.CONTRACT);
        assertThat(affirmed).containsEntry("laskutukseen", LegalBasis.CONSENT);
        assertThat(LegalBasisWordings.bases("Käsittely perustuu sopimukseen, ei suostumukseen.")).containsExactly("CONTRACT");
    }

    @Test
    void basesAreListedInTheOrderTheSentenceNamesThem() {
        assertThat(LegalBasisWordings.bases("Oikeusperuste on sopimus ja suoramarkkinoinnissa oikeutettu etu."))
                .containsExactly("CONTRACT", "LEGITIMATE_INTERESTS");
        assertThat(LegalBasisWordings.bases("Voit peruuttaa suostumuksesi, kun käsittely perustuu suostumukseen.")).isEmpty();
    }

    /** Each purpose of the draft by its words, with its basis (null: none). */
    private static Map<String, LegalBasis> bases(String text) {
        Map<String, LegalBasis> bases = new LinkedHashMap<>();
        for (Purpose purpose : DraftFromOldNotice.draft(OldNoticeRecogniser.read(text)).registers().get(0).purposes()) {
            bases.put(purpose.description().fi(), purpose.basis());
        }
        return bases;
    }
}
