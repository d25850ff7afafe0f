package fi.seloste.ui.shell;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * "Open folder" after an export: shows the folder in the operating system's file manager. Desktop.open blocks
 * until the file manager has the folder (seconds on a slow machine), so it runs on a thread of its own, never the
 * FX thread. Where there is no file manager (a server, a headless Java) the owner is told where the files are.
 */
final class FolderOpener {

    private static final Logger LOG = Logger.getLogger(FolderOpener.class.getName());

    private FolderOpener() {
    }

    /** Opens the folder; calls {@code whenNot} on the FX thread when it could not be opened. */
    static void open(Path folder, Consumer<Path> whenNot) {
        Thread thread = new Thread(() -> {
            try {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    throw new UnsupportedOperationException("No desktop to open folders on");
                }
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, e, () -> "Could not open the folder " + folder);
                Platform.runLater(() -> whenNot.accept(folder));
            }
        }, "seloste-open-folder");
        thread.setDaemon(true);
        thread.start();
    }
}
