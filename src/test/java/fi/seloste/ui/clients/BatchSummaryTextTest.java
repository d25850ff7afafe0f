package fi.seloste.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.Language;
import fi.seloste.ui.I18n;

import org.junit.jupiter.api.Test;

/** The batch summary's counts in each UI language: one, none and many of each, in the grammar each needs. */
class BatchSummaryTextTest {

    @Test
    void theCountsSayOneAndManyAsEachLanguageDoes() {
        assertThat(I18n.of(Language.FI).text("batch.summary.counts", 2, 1, 0, 12))
                .isEqualTo("2 valmista, 1 ohitettu, 0 epäonnistunutta, 12 peruttua.");
        assertThat(I18n.of(Language.FI).text("batch.summary.counts", 1, 0, 1, 1))
                .isEqualTo("1 valmis, 0 ohitettua, 1 epäonnistunut, 1 peruttu.");
        assertThat(I18n.of(Language.SV).text("batch.summary.counts", 2, 1, 0, 12))
                .isEqualTo("2 klara, 1 överhoppad, 0 misslyckade, 12 avbrutna.");
        assertThat(I18n.of(Language.SV).text("batch.summary.counts", 1, 0, 1, 1))
                .isEqualTo("1 klar, 0 överhoppade, 1 misslyckad, 1 avbruten.");
        assertThat(I18n.of(Language.EN).text("batch.summary.counts", 2, 1, 0, 12))
                .isEqualTo("2 done, 1 skipped, 0 failed, 12 cancelled.");
    }

    @Test
    void aSkippedFileSaysSoWithItsReason() {
        assertThat(I18n.of(Language.FI).text("batch.outcome.skipped", "Carelia", "Syy."))
                .isEqualTo("Carelia: ohitettu. Syy.");
        assertThat(I18n.of(Language.SV).text("batch.outcome.skipped", "Carelia", "Orsak."))
                .isEqualTo("Carelia: överhoppad. Orsak.");
        assertThat(I18n.of(Language.EN).text("batch.outcome.skipped", "Carelia", "Why."))
                .isEqualTo("Carelia: skipped. Why.");
    }
}
