package fi.seloste.cli;

/** What the seloste command's exit status means; the help of every command lists them. */
final class ExitCodes {

    /** Everything asked was done. */
    static final int OK = 0;
    /** validate: at least one client file has a finding of error severity. */
    static final int FINDINGS = 1;
    /** The command line itself was wrong (unknown option, missing file name…). */
    static final int USAGE = 2;
    /** At least one file could not be read, written or imported; the others were done. */
    static final int FILE_FAILED = 3;
    /** Something went wrong inside Seloste (a bug); details are in the log. */
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
