package fi.seloste.oldnotice;

/** An old notice that cannot be read; problem says why, so that the user is told in her language. */
public final class OldNoticeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an old notice could not be read. */
    public enum Problem {
        /** The file is larger than {@link OldNoticeLimits#MAX_FILE_BYTES}. */
        FILE_TOO_LARGE,
        /** Its text is longer than {@link OldNoticeLimits#MAX_TEXT_CHARS}. */
        TEXT_TOO_LONG,
        /** A .docx whose parts expand far beyond their packed size, or beyond the limits: a zip bomb. */
        ZIP_BOMB,
        /** Not a file of the format its name says, or damaged. */
        DAMAGED,
        /** A PDF protected by a password. */
        ENCRYPTED,
        /** A file name ending Seloste does not read (.txt, .html, .htm, .pdf, .docx). */
        UNSUPPORTED_FORMAT,
        /** The file could not be read from the disk. */
        UNREADABLE,
        /** The file was read but holds no text (a scanned PDF without a text layer, an empty file). */
        NO_TEXT
    }

    private final Problem problem;

    public OldNoticeException(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }

    public OldNoticeException(Problem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
