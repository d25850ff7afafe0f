package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.date;

import java.time.LocalDate;

import fi.seloste.domain.Notice;

/** When the owner next reads the notice through. */
final class ReviewRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        LocalDate nextReview = notice.settings().nextReview();
        if (nextReview == null) {
            findings.add(Rule.REVIEW_DATE_MISSING);
        } else if (nextReview.isBefore(today)) {
            findings.add(Rule.REVIEW_DATE_PASSED, date(nextReview));
        }
    }
}
