package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.CompleteNotice.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;

import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    private static Notice reviewedNext(LocalDate nextReview) {
        NoticeSettings sample = CompleteNotice.notice().settings();
        return CompleteNotice.withSettings(new NoticeSettings(sample.languages(), nextReview, sample.introduction(),
                sample.rightsInstructions()));
    }

    @Test
    void aMissingReviewDateIsATip() {
        assertFinds(Rule.REVIEW_DATE_MISSING, reviewedNext(null), null);
        assertDoesNotFind(Rule.REVIEW_DATE_MISSING, reviewedNext(TODAY.plusYears(1)));
    }

    @Test
    void aReviewDateInThePastIsAWarning() {
        Finding finding = assertFinds(Rule.REVIEW_DATE_PASSED, reviewedNext(TODAY.minusDays(1)), null);
        assertThat(finding.arguments()).containsExactly(MessageArgument.date(TODAY.minusDays(1)));
        assertDoesNotFind(Rule.REVIEW_DATE_PASSED, reviewedNext(TODAY));
        assertDoesNotFind(Rule.REVIEW_DATE_PASSED, reviewedNext(null));
    }
}
