package fi.seloste.cli;

import fi.seloste.settings.LogFiles;

/**
 * On the command line the user reads standard error, so log records (with their stack traces) go to a log file in
 * Seloste's settings folder instead of the terminal.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void toLogFile() {
        LogFiles.sendTo("seloste-cli");
    }
}
