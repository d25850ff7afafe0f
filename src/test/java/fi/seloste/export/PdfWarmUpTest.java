package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;

/**
 * The PDF warm-up of a cold {@code seloste export} (issue 16) only saves time: a notice rendered right after it was
 * started waits for it, gets the bytes a render without it gives, and a second start is no second warm-up.
 */
class PdfWarmUpTest {

    @Test
    void aRenderStartedBesideTheWarmUpWaitsForItAndGetsTheSameBytes() {
        Notice physiotherapy = SeedNotices.physiotherapy();
        PdfWarmUp.start();
        byte[] beside = NoticePdf.render(physiotherapy, Language.FI, SeedCases.META);

        assertThat(PdfWarmUp.started()).isDone();
        assertThat(beside).isEqualTo(NoticePdf.render(physiotherapy, Language.FI, SeedCases.META));
    }

    @Test
    void startingAgainKeepsTheFirstWarmUp() {
        PdfWarmUp.start();
        var first = PdfWarmUp.started();
        PdfWarmUp.start();

        assertThat(PdfWarmUp.started()).isSameAs(first);
    }
}
