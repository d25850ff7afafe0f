package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import fi.seloste.settings.AppDirs;

/**
 * On the command line the user reads standard error, so log records (with their stack traces) go to a log file in
 * Seloste's settings folder instead of the terminal.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void toLogFile() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        try {
            Path folder = AppDirs.forThisUser().configDir().resolve("logs");
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("seloste-cli.%u.%g.log").toString(), 2_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log then: the user still sees every problem on standard error, in words.
            root.setLevel(Level.OFF);
        }
    }
}
