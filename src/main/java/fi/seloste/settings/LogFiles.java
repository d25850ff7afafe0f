package fi.seloste.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Log records (java.util.logging, and JavaFX's own warnings, which go through it) go to logs/ in the settings folder
 * instead of the terminal: the user reads problems in the app's messages or on standard error, in words.
 */
public final class LogFiles {

    private LogFiles() {
    }

    /** Sends every log record to logs/NAME.N.log in the settings folder; with no folder to write, logs nothing. */
    public static void sendTo(String name) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        try {
            Path folder = folder(AppDirs.forThisUser());
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(name + ".%u.%g.log").toString(), 2_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF);
        }
    }

    public static Path folder(AppDirs dirs) {
        return dirs.configDir().resolve("logs");
    }
}
