package fi.seloste.domain.check;

import java.time.LocalDate;

import fi.seloste.domain.Notice;

/** The rules of one area of the notice. */
interface RuleGroup {

    void check(Notice notice, LocalDate today, Findings findings);
}
