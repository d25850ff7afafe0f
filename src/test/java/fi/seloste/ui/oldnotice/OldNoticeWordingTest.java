package fi.seloste.ui.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import fi.seloste.domain.Language;
import fi.seloste.oldnotice.OldNoticeException;
import fi.seloste.oldnotice.OutdatedStatement;
import fi.seloste.oldnotice.UnplacedStatement;
import fi.seloste.testing.Bundles;
import fi.seloste.ui.I18n;

import org.junit.jupiter.api.Test;

/** Every refusal and every reason a sentence was not placed has its words in each UI language; none is left in English. */
class OldNoticeWordingTest {

    @Test
    void everyReasonHasItsWordsInEachLanguage() throws IOException {
        for (String suffix : new String[] {"", "_fi", "_sv"}) {
            Properties texts = Bundles.load("/fi/seloste/ui/i18n/messages" + suffix + ".properties");
            for (UnplacedStatement.Reason reason : UnplacedStatement.Reason.values()) {
                assertThat(texts.getProperty("oldnotice.unplacedReason." + reason.name())).as(suffix + " " + reason).isNotBlank();
            }
            for (OutdatedStatement.Reason reason : OutdatedStatement.Reason.values()) {
                assertThat(texts.getProperty("oldnotice.outdatedReason." + reason.name())).as(suffix + " " + reason).isNotBlank();
            }
        }
    }

    @Test
    void everyRefusalIsToldInTheUsersLanguageWithItsReason() {
        for (OldNoticeException.Problem problem : OldNoticeException.Problem.values()) {
            OldNoticeException refused = new OldNoticeException(problem, "detail");
            String english = OldNoticeRefusal.of(refused, I18n.of(Language.EN));
            String finnish = OldNoticeRefusal.of(refused, I18n.of(Language.FI));
            String swedish = OldNoticeRefusal.of(refused, I18n.of(Language.SV));
            assertThat(english).as(problem.name()).startsWith("Could not read the old notice: ").doesNotContain("detail", "{");
            assertThat(finnish).as(problem.name()).startsWith("Vanhaa selostetta ei voitu lukea: ").doesNotContain("{");
            assertThat(swedish).as(problem.name()).startsWith("Den gamla beskrivningen kunde inte läsas: ").doesNotContain("{");
            assertThat(english).isNotEqualTo(OldNoticeRefusal.of(new OldNoticeException(
                    problem == OldNoticeException.Problem.DAMAGED ? OldNoticeException.Problem.NO_TEXT
                            : OldNoticeException.Problem.DAMAGED, "x"), I18n.of(Language.EN)));
        }
        assertThat(OldNoticeRefusal.of(new OldNoticeException(OldNoticeException.Problem.FILE_TOO_LARGE, "x"),
                I18n.of(Language.EN))).contains("larger than 5 MB");
    }
}
