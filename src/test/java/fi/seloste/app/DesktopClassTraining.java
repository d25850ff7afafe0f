package fi.seloste.app;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Not a test: the build runs this while it makes the application image (pom.xml, profile app-image), with
 * {@code -XX:DumpLoadedClassList}, so that the image's class-data-sharing archive holds the classes the desktop app
 * loads as well as those an export loads (issue 16; docs/decisions/0029-start-up.md). It starts the app as a
 * double-click on a client file does, headless on Monocle, waits until the file is on screen, walks through every
 * wizard step with the Next button, and quits. The graphics classes of the real desktop (GTK, OpenGL) are not
 * recorded this way; they are loaded from the jars as before.
 * <p>Usage: {@code java -cp IMAGE-JARS:MONOCLE:TEST-CLASSES fi.seloste.app.DesktopClassTraining CLIENT-FILE}
 */
public final class DesktopClassTraining {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final int MOST_STEPS = 40;
    /** Held here: the logging framework keeps loggers only weakly, and a collected one would lose the handler. */
    private static final Logger STARTUP_LOG = Logger.getLogger(StartupLog.class.getName());

    private DesktopClassTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: DesktopClassTraining CLIENT-FILE");
            System.exit(2);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> shown = new CompletableFuture<>();
        STARTUP_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().startsWith("startup: client file shown")) {
                    shown.complete(null);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Thread walk = new Thread(() -> walkThroughTheWizard(shown), "desktop-class-training");
        walk.setDaemon(true);
        walk.start();
        Application.launch(SelosteApp.class, args);
        System.exit(0);
    }

    private static void walkThroughTheWizard(CompletableFuture<Void> shown) {
        try {
            shown.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            int steps = 0;
            while (steps < MOST_STEPS && onFxThread(DesktopClassTraining::pressNext)) {
                steps++;
                Thread.sleep(150);
            }
            System.err.println("Desktop class training: the client file was shown, " + steps + " steps walked");
            Platform.exit();
        } catch (Exception e) {
            System.err.println("Desktop class training failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Presses Next if the wizard has one that is enabled; false when there is no further step. */
    private static boolean pressNext() {
        for (Window window : Window.getWindows()) {
            Node next = window.getScene() == null ? null : window.getScene().lookup("#wizard-next");
            if (next instanceof javafx.scene.control.Button button && button.isVisible() && !button.isDisabled()) {
                button.fire();
                return true;
            }
        }
        return false;
    }

    private static boolean onFxThread(java.util.function.BooleanSupplier action) throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.getAsBoolean());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }
}
