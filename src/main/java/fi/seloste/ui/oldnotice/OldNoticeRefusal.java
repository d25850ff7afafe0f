package fi.seloste.ui.oldnotice;

import fi.seloste.oldnotice.OldNoticeException;
import fi.seloste.oldnotice.OldNoticeLimits;
import fi.seloste.ui.I18n;
import fi.seloste.ui.ProblemText;

/** Why an old notice was not read, or its client file not written, in the user's language. */
final class OldNoticeRefusal {

    private OldNoticeRefusal() {
    }

    static String of(Throwable error, I18n i18n) {
        if (error instanceof OldNoticeException e) {
            return i18n.text("oldnotice.unreadable", reason(e.problem(), i18n));
        }
        return ProblemText.of(error, i18n);
    }

    private static String reason(OldNoticeException.Problem problem, I18n i18n) {
        return switch (problem) {
            case FILE_TOO_LARGE -> i18n.text("oldnotice.problem.FILE_TOO_LARGE", OldNoticeLimits.MAX_FILE_BYTES / (1024 * 1024));
            case TEXT_TOO_LONG -> i18n.text("oldnotice.problem.TEXT_TOO_LONG", OldNoticeLimits.MAX_TEXT_CHARS);
            case ZIP_BOMB -> i18n.text("oldnotice.problem.ZIP_BOMB");
            case DAMAGED -> i18n.text("oldnotice.problem.DAMAGED");
            case ENCRYPTED -> i18n.text("oldnotice.problem.ENCRYPTED");
            case UNSUPPORTED_FORMAT -> i18n.text("oldnotice.problem.UNSUPPORTED_FORMAT");
            case UNREADABLE -> i18n.text("oldnotice.problem.UNREADABLE");
            case NO_TEXT -> i18n.text("oldnotice.problem.NO_TEXT");
        };
    }
}
