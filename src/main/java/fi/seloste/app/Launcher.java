package fi.seloste.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import fi.seloste.cli.SelosteCli;
import fi.seloste.settings.LogFiles;
import fi.seloste.store.ClientFileName;

import javafx.application.Application;

/**
 * Starts Seloste: the desktop app without arguments or with one client file to open (as the desktop's "Open with"
 * passes it), the command line with anything else. A main class that does not extend Application lets the app run
 * from a plain class path, where JavaFX would otherwise refuse to start, and lets the command line run without
 * starting JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensTheApp(args)) {
            // Before JavaFX starts, so that its warnings too go to the log file and not to the terminal.
            LogFiles.sendTo("seloste");
            EarlyStart.begin(List.of(args));
            Application.launch(SelosteApp.class, args);
        } else {
            System.exit(SelosteCli.run(args));
        }
    }

    static boolean opensTheApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        try {
            return args.length == 1 && !args[0].startsWith("-") && ClientFileName.isClientFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
