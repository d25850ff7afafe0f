package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lawyer's review, M7-M10: a yes/no question is answered "no" only when the sentence says no to it, with
 * nothing that narrows it. When unsure the answer stays open: an unanswered question is a completeness error the
 * owner then answers, a wrong "no" is a false statement in the notice.
 */
class AnswersLeftOpenWhenTheTextDoesNotSayNoTest {

    @Test
    void noTransfersOutsideTheEeaSaysNothingOfDisclosuresInsideIt() {
        OldNoticeReading reading = read("Luovutukset ja siirrot", "Tietoja ei luovuteta eikä siirretä EU:n tai ETA:n ulkopuolelle.");

        assertThat(reading.first(FactField.TRANSFERS_OUTSIDE_EEA)).contains("NO");
        assertThat(reading.first(FactField.OTHER_DISCLOSURES)).isEmpty();
    }

    @Test
    void aDisclosureExceptToSomeoneOrForAPurposeIsNotNoDisclosures() {
        for (String sentence : new String[] {"Tietoja ei luovuteta muille kuin Verohallinnolle.",
                "Tietoja ei luovuteta suoramarkkinointitarkoituksiin.", "Tietoja ei luovuteta kolmansille osapuolille ilman suostumusta.",
                "Personal data is not disclosed to third parties other than our accountant."}) {
            OldNoticeReading reading = read("Luovutukset", sentence);

            assertThat(reading.first(FactField.OTHER_DISCLOSURES)).as(sentence).isEmpty();
            if (reading.placed(FactField.RECIPIENT).isEmpty()) {
                assertThat(reading.unplaced()).as(sentence).extracting(UnplacedStatement::sentence).containsExactly(sentence);
            } else {
                // The one let in is a recipient, placed (and marked) with its sentence.
                assertThat(reading.placed()).as(sentence).allSatisfy(p -> assertThat(p.field()).isEqualTo(FactField.RECIPIENT));
            }
        }
        assertThat(read("Luovutukset", "Tietoja ei luovuteta muille kuin Verohallinnolle.").placed(FactField.RECIPIENT))
                .extracting(PlacedFact::value).containsExactly("Verohallinto");
        assertThat(read("Luovutukset", "Personal data is not disclosed to third parties other than our accountant.").placed(FactField.RECIPIENT))
                .extracting(PlacedFact::value).containsExactly("accounting firm");
    }

    @Test
    void noDisclosuresToThirdPartiesIsNo() {
        for (String sentence : new String[] {"Tietoja ei luovuteta kolmansille osapuolille.", "Tietoja ei luovuteta ulkopuolisille.",
                "Tietoja ei luovuteta kolmansille osapuolille eikä EU:n tai Euroopan talousalueen ulkopuolelle."}) {
            assertThat(read("Luovutukset", sentence).first(FactField.OTHER_DISCLOSURES)).as(sentence).contains("NO");
        }
    }

    @Test
    void aTransferTheSentenceTellsOfIsNotNoAndAsARuleIsNotAnAnswer() {
        OldNoticeReading told = read("Siirrot", "Uutiskirjeen tiedot siirretään Mailchimpille Yhdysvaltoihin eli EU:n ulkopuolelle "
                + "vakiosopimuslausekkeiden perusteella, eikä muita siirtoja tehdä.");
        OldNoticeReading asARule = read("Siirrot", "Tietoja ei pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle.");
        OldNoticeReading never = read("Siirrot", "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.");

        assertThat(told.first(FactField.TRANSFERS_OUTSIDE_EEA)).isNotEqualTo(java.util.Optional.of("NO"));
        assertThat(asARule.first(FactField.TRANSFERS_OUTSIDE_EEA)).isEmpty();
        assertThat(never.first(FactField.TRANSFERS_OUTSIDE_EEA)).contains("NO");
    }

    @Test
    void cookiesAreNoOnlyWhenNoCookiesAtAllAreUsed() {
        for (String sentence : new String[] {"Emme käytä markkinointievästeitä.", "Sivustolla ei käytetä kolmannen osapuolen evästeitä.",
                "Emme käytä evästeitä ilman suostumustasi.", "We place no cookies without your consent.", "Vi använder inga kakor utan samtycke."}) {
            assertThat(read("Evästeet", sentence).first(FactField.COOKIES_USED)).as(sentence).isEmpty();
        }
        for (String sentence : new String[] {"Emme käytä evästeitä.", "Sivustolla ei käytetä evästeitä.", "This website does not use cookies."}) {
            assertThat(read("Evästeet", sentence).first(FactField.COOKIES_USED)).as(sentence).contains("NO");
        }
        assertThat(read("Evästeet", "Voit käyttää sivustoa ilman evästeitä.").first(FactField.COOKIES_USED)).isEmpty();
    }

    @Test
    void theRightNotToBeSubjectToAutomatedDecisionsSaysNothingOfTheBusiness() {
        OldNoticeReading english = read("Your rights", "You have the right not to be subject to a decision based solely on automated "
                + "processing, including profiling.");
        OldNoticeReading swedish = read("Dina rättigheter", "Du har rätt att inte bli föremål för ett beslut som enbart grundas på "
                + "automatiserade beslut, inbegripet profilering.");

        for (OldNoticeReading reading : new OldNoticeReading[] {english, swedish}) {
            assertThat(reading.first(FactField.AUTOMATED_DECISIONS)).isEmpty();
            assertThat(reading.first(FactField.PROFILING)).isEmpty();
        }
    }

    @Test
    void noAutomatedDecisionsButProfilingAnswersNeither() {
        OldNoticeReading but = read("Automaattiset päätökset", "Automaattisia päätöksiä ei tehdä, mutta asiakkaita profiloidaan markkinointia varten.");
        OldNoticeReading neither = read("Automaattiset päätökset", "Tietoja ei käytetä automatisoituun päätöksentekoon tai profilointiin.");

        assertThat(but.first(FactField.AUTOMATED_DECISIONS)).isEmpty();
        assertThat(but.first(FactField.PROFILING)).isEmpty();
        assertThat(neither.first(FactField.AUTOMATED_DECISIONS)).contains("NO");
        assertThat(neither.first(FactField.PROFILING)).contains("NO");
        for (String sentence : new String[] {"We do not use automated decision-making or profiling.",
                "Vi använder inte automatiserat beslutsfattande eller profilering."}) {
            OldNoticeReading reading = read("Automated decisions", sentence);
            assertThat(reading.first(FactField.AUTOMATED_DECISIONS)).as(sentence).contains("NO");
            assertThat(reading.first(FactField.PROFILING)).as(sentence).contains("NO");
        }
        OldNoticeReading englishBut = read("Automated decisions", "We do not use automated decision-making, but we use profiling for marketing.");
        assertThat(englishBut.first(FactField.AUTOMATED_DECISIONS)).isEmpty();
        assertThat(englishBut.first(FactField.PROFILING)).isEmpty();
    }

    private static OldNoticeReading read(String heading, String sentence) {
        return OldNoticeRecogniser.read(heading + "\n\n" + sentence);
    }
}
