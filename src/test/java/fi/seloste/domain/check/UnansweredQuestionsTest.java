package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.Checking.findingsOf;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegisters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;

import org.junit.jupiter.api.Test;

/** Every yes/no question the notice answers must be answered; a "no" is printed only when the owner gave it. */
class UnansweredQuestionsTest {

    @Test
    void unansweredAutomatedDecisionsAndProfilingAreEachAnError() {
        Notice notice = withRegister(r -> r.automatedDecisions = AutomatedDecisions.NONE);
        assertThat(assertFindsInRegister(Rule.AUTOMATED_DECISIONS_NOT_ANSWERED, notice).step())
                .isEqualTo(NoticeStep.COOKIES_AND_AUTOMATION);
        assertFindsInRegister(Rule.PROFILING_NOT_ANSWERED, notice);
        Notice answered = withRegister(r -> r.automatedDecisions =
                new AutomatedDecisions(Answer.NO, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_ANSWERED, answered);
        assertDoesNotFind(Rule.PROFILING_NOT_ANSWERED, answered);
    }

    @Test
    void decisionsAndProfilingAreSeparateQuestions() {
        Notice decisionsOnly = withRegister(r -> r.automatedDecisions =
                new AutomatedDecisions(Answer.NO, Answer.NOT_ANSWERED, LocalizedText.EMPTY, LocalizedText.EMPTY));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_ANSWERED, decisionsOnly);
        assertFindsInRegister(Rule.PROFILING_NOT_ANSWERED, decisionsOnly);
    }

    @Test
    void unansweredTransfersAndDisclosuresAreErrorsAtTheRecipientsStep() {
        Notice notice = withRegister(r -> {
            r.transfersOutsideEea = Answer.NOT_ANSWERED;
            r.otherDisclosures = Answer.NOT_ANSWERED;
        });
        assertThat(assertFindsInRegister(Rule.TRANSFERS_NOT_ANSWERED, notice).step()).isEqualTo(NoticeStep.RECIPIENTS);
        assertThat(assertFindsInRegister(Rule.OTHER_DISCLOSURES_NOT_ANSWERED, notice).step())
                .isEqualTo(NoticeStep.RECIPIENTS);
        Notice answered = withRegister(r -> {
            r.transfersOutsideEea = Answer.YES;
            r.otherDisclosures = Answer.YES;
        });
        assertDoesNotFind(Rule.TRANSFERS_NOT_ANSWERED, answered);
        assertDoesNotFind(Rule.OTHER_DISCLOSURES_NOT_ANSWERED, answered);
    }

    @Test
    void unansweredCookiesAreAnErrorEvenWithoutAWebsiteInSight() {
        Notice notice = withRegister(r -> {
            r.cookies = Cookies.NONE;
            r.sources = List.of();
        });
        assertFindsForTheBusiness(Rule.COOKIES_NOT_ANSWERED, notice);
        assertDoesNotFind(Rule.COOKIES_NOT_ANSWERED, withRegister(r -> r.cookies = Cookies.NONE.withUsed(Answer.NO)));
    }

    @Test
    void eachUnansweredQuestionIsReportedOncePerRegisterNotOncePerPurpose() {
        Register first = unanswered(CompleteNotice.register(), 1);
        Register second = unanswered(CompleteNotice.register(), 2);
        Notice notice = withRegisters(List.of(first, second));
        for (Rule rule : List.of(Rule.AUTOMATED_DECISIONS_NOT_ANSWERED, Rule.PROFILING_NOT_ANSWERED,
                Rule.TRANSFERS_NOT_ANSWERED, Rule.OTHER_DISCLOSURES_NOT_ANSWERED)) {
            assertThat(findingsOf(rule, notice)).as("%s", rule).extracting(Finding::registerId).containsExactly(1L, 2L);
        }
        // The website's cookies are the business's: asked once, whatever the number of registers.
        assertThat(findingsOf(Rule.COOKIES_NOT_ANSWERED, notice.withCookies(Cookies.NONE)))
                .extracting(Finding::registerId).containsExactly((Long) null);
    }

    private static Register unanswered(Register register, long id) {
        return register.toBuilder().id(id).automatedDecisions(AutomatedDecisions.NONE)
                .transfersOutsideEea(Answer.NOT_ANSWERED).otherDisclosures(Answer.NOT_ANSWERED).build();
    }
}
