package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.Checking.findingsOf;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.domain.check.CompleteNotice.withSettings;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.testing.SampleNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Template placeholders left in the owner's text, and rights instructions that limit the rights. */
class OwnerTextRulesTest {

    private static Notice withRightsInstructions(LocalizedText instructions) {
        NoticeSettings s = SampleNotices.settings();
        return withSettings(new NoticeSettings(s.languages(), s.nextReview(), s.introduction(), instructions));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(nimeä organisaatiot)", "[jos käytössä]", "(s-postiosoite)", "XXX", "<…>", "[…]",
            "[yrityksen nimi]", "(insert company name)", "[if used]", "(fyll i e-post)", "<yrityksen nimi>", "[NIMI]"})
    void aPlaceholderLeftInARegisterTextIsAnErrorQuotingIt(String placeholder) {
        Notice notice = withRegister(r -> r.description = LocalizedText.finnish("Tiedot luovutetaan " + placeholder
                + " tarvittaessa."));
        List<Finding> found = findingsOf(Rule.PLACEHOLDER_LEFT, notice);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).step()).isEqualTo(NoticeStep.REGISTERS);
        assertThat(found.get(0).arguments()).containsExactly(MessageArgument.verbatim(placeholder));
    }

    @Test
    void placeholdersAreFoundInEveryLanguageAndInTheContactFields() {
        assertThat(findingsOf(Rule.PLACEHOLDER_LEFT, withRegister(r -> r.description =
                new LocalizedText("Asiakkaat", "Kunder", "Customers of (insert company name)"))))
                .hasSize(1);
        Finding contact = assertFinds(Rule.PLACEHOLDER_LEFT, CompleteNotice.withContactPerson(
                new Person("Veera", LocalizedText.EMPTY, "(s-postiosoite)", "", PostalAddress.EMPTY)), null);
        assertThat(contact.step()).isEqualTo(NoticeStep.CONTACT);
        assertThat(findingsOf(Rule.PLACEHOLDER_LEFT, withRegister(r -> r.recipients = List.of(
                new Recipient(LocalizedText.finnish("(nimeä organisaatiot)"), text("Kirjanpito"), RecipientKind.REGULAR, List.of())))))
                .extracting(Finding::step).containsExactly(NoticeStep.RECIPIENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xXx", "XXXX", "___", "______"})
    void crossesAndBlanksOfThreeOrMoreAreFoundAsWritten(String blank) {
        assertThat(findingsOf(Rule.PLACEHOLDER_LEFT, withRegister(r -> r.description = LocalizedText.finnish(
                "Yhteyshenkilö " + blank + " vastaa."))))
                .extracting(Finding::arguments).containsExactly(List.of(MessageArgument.verbatim(blank)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "__", "X_X", "xx_xx", "XXXL", "Box-xx"})
    void twoCrossesOrBlanksOrCrossesInsideAWordAreNotPlaceholders(String text) {
        assertDoesNotFind(Rule.PLACEHOLDER_LEFT, withRegister(r -> r.description = LocalizedText.finnish(
                "Koko " + text + " mainitaan.")));
    }

    @Test
    void theSamePlaceholderTwiceInAStepIsOneFinding() {
        assertThat(findingsOf(Rule.PLACEHOLDER_LEFT, withRegister(r -> {
            r.name = LocalizedText.finnish("Rekisteri [jos käytössä]");
            r.description = LocalizedText.finnish("Kuvaus [jos käytössä]");
        }))).hasSize(1);
    }

    @Test
    void ordinaryParenthesesAreNotPlaceholders() {
        assertDoesNotFind(Rule.PLACEHOLDER_LEFT, withRegister(r -> r.description = LocalizedText.finnish(
                "Paperiset asiakirjat (kuten testauslomakkeet ja muut paperiset asiakasmateriaalit) säilytetään "
                        + "lukitussa kaapissa. Kirjautuminen luo istunnon (sessio). Lisätietoja (lisätietoja myös "
                        + "www.kanta.fi) ja yhteystiedot (sähköposti, puhelin). EU:n yleinen tietosuoja-asetus (EU) "
                        + "2016/679 [1]. Ota yhteyttä <veera@flowest.fi>. Tietoja ei käytetä automaattisesti (ei "
                        + "profilointia). Käyttäjät (asiakkaat ja yhteistyökumppanit).")));
        assertDoesNotFind(Rule.PLACEHOLDER_LEFT, CompleteNotice.notice());
    }

    @Test
    void aQuotaOnRequestsIsAnErrorQuotingTheSentence() {
        Notice notice = withRightsInstructions(LocalizedText.finnish("Pyynnöt on osoitettava yhteyshenkilölle. "
                + "Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa."));
        Finding finding = assertFinds(Rule.RIGHTS_LIMITED, notice, null);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.arguments()).containsExactly(MessageArgument.verbatim(
                "Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa."));
        for (String quota : List.of("Tiedot voi pyytää kerran vuodessa.", "Högst två begäranden per år.",
                "Du kan begära uppgifterna en gång per år.", "You may ask at most twice a year.",
                "Requests are limited to two times a year.")) {
            assertFinds(Rule.RIGHTS_LIMITED, withRightsInstructions(LocalizedText.finnish(quota)), null);
        }
    }

    @Test
    void aFeeIsAWarningBecauseSomeFeesAreLawful() {
        for (String fee : List.of("Tarkastuspyyntö on maksullinen.", "Perimme pyynnöstä 20 euron maksun.",
                "En avgift tas ut för begäran.", "We charge a fee of 20 euros for each request.")) {
            Finding finding = assertFinds(Rule.RIGHTS_FEE_MENTIONED, withRightsInstructions(LocalizedText.finnish(fee)),
                    null);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertDoesNotFind(Rule.RIGHTS_LIMITED, withRightsInstructions(LocalizedText.finnish(fee)));
        }
    }

    @Test
    void freeRequestsAndTimeLimitsOnOurReplyAreNotLimits() {
        Notice notice = withRightsInstructions(new LocalizedText(
                "Pyyntö on maksuton ja vastaamme korkeintaan kuukauden kuluessa. Voit tehdä pyynnön maksutta.",
                "Begäran är avgiftsfri. Vi svarar inom högst en månad.",
                "Requests are free of charge. We reply within one month. The person in charge of privacy is Veera."));
        assertDoesNotFind(Rule.RIGHTS_LIMITED, notice);
        assertDoesNotFind(Rule.RIGHTS_FEE_MENTIONED, notice);
    }
}
