package fi.seloste.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;

import org.junit.jupiter.api.Test;

class StepProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static StepProgress progressOf(Notice notice) {
        return StepProgress.of(notice, new CompletenessCheck().check(notice, TODAY));
    }

    @Test
    void inANewNoticeEveryStepIsNotStartedAndReviewCarriesItsErrors() {
        List<Finding> findings = new CompletenessCheck().check(Notice.EMPTY, TODAY);
        StepProgress progress = StepProgress.of(Notice.EMPTY, findings);

        assertThat(Arrays.stream(NoticeStep.values()).filter(s -> s != NoticeStep.REVIEW).map(progress::of))
                .containsOnly(StepState.NOT_STARTED);
        assertThat(findings).anyMatch(f -> f.severity() == Severity.ERROR && f.step() == NoticeStep.CONTROLLER);
        assertThat(progress.of(NoticeStep.REVIEW)).isEqualTo(StepState.ERROR);
        assertThat(progress.complete()).isZero();
        assertThat(progress.total()).isEqualTo(NoticeStep.values().length);
        assertThat(progress.errors()).isEqualTo(findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
    }

    @Test
    void anInvalidEmailIsAnErrorOfTheStepItIsIn() {
        Notice complete = CompleteNotice.notice();
        assertThat(progressOf(complete).of(NoticeStep.CONTROLLER)).isEqualTo(StepState.COMPLETE);
        assertThat(progressOf(complete).of(NoticeStep.CONTACT)).isEqualTo(StepState.COMPLETE);

        Notice badController = complete.withController(complete.controller().withEmail("info@liikkuva"));
        assertThat(progressOf(badController).of(NoticeStep.CONTROLLER)).isEqualTo(StepState.ERROR);
        assertThat(progressOf(badController).of(NoticeStep.REVIEW)).isEqualTo(StepState.ERROR);

        Notice badContact = complete.withContactPerson(complete.contactPerson().withEmail("maija.makela@kahvimakela"));
        assertThat(progressOf(badContact).of(NoticeStep.CONTACT)).isEqualTo(StepState.ERROR);
        assertThat(progressOf(badContact).errors()).isEqualTo(progressOf(complete).errors() + 1);
    }

    @Test
    void aCompleteNoticeHasEveryStepCompleteButThoseWithWarnings() {
        Notice complete = CompleteNotice.notice();
        List<Finding> findings = new CompletenessCheck().check(complete, TODAY);
        StepProgress progress = StepProgress.of(complete, findings);

        assertThat(progress.errors()).isZero();
        for (NoticeStep step : NoticeStep.values()) {
            boolean warned = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING
                    && (f.step() == step || step == NoticeStep.REVIEW));
            assertThat(progress.of(step)).as(step.name()).isEqualTo(warned ? StepState.WARNING : StepState.COMPLETE);
        }
        assertThat(progress.complete()).isEqualTo(progress.states().values().stream()
                .filter(s -> s == StepState.COMPLETE).count());
    }
}
