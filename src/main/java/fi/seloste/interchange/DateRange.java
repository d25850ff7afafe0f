package fi.seloste.interchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import fi.seloste.domain.Notice;

/**
 * The years Seloste keeps in a date: 1900 to 9999. The schema's patterns say the same; the reader checks it again
 * on the notice as bound, whatever the file's format version. The client file cannot keep a year before 1 as it is
 * (0000-01-01 came back as 0001-01-01), and no date in a privacy notice lies before 1900.
 */
final class DateRange {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    private DateRange() {
    }

    /** Every date of the notice that is stored as a date: the settings' three and each system's factsCheckedOn. */
    static void check(Notice notice, String path, List<InterchangeProblem> problems, InterchangeMessages messages) {
        check(notice.settings().nextReview(), path + ".settings.nextReview", problems, messages);
        check(notice.settings().drawnUp(), path + ".settings.drawnUp", problems, messages);
        check(notice.settings().lastUpdated(), path + ".settings.lastUpdated", problems, messages);
        for (int i = 0; i < notice.systems().size(); i++) {
            check(notice.systems().get(i).factsCheckedOn(), path + ".systems[" + i + "].factsCheckedOn", problems, messages);
        }
    }

    static void check(Instant instant, String path, List<InterchangeProblem> problems, InterchangeMessages messages) {
        if (instant != null) {
            check(instant.atOffset(ZoneOffset.UTC).toLocalDate(), path, problems, messages);
        }
    }

    private static void check(LocalDate date, String path, List<InterchangeProblem> problems,
                              InterchangeMessages messages) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            problems.add(new InterchangeProblem(path, messages.text("yearOutOfRange", date.getYear(), FIRST_YEAR, LAST_YEAR)));
        }
    }
}
