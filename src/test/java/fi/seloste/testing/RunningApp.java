package fi.seloste.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import fi.seloste.app.SelosteApp;
import fi.seloste.domain.Language;
import fi.seloste.export.Printer;
import fi.seloste.export.SystemPrinter;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real Seloste application started headless, with its own settings and documents folders. */
public final class RunningApp {

    private final Path configDir;
    private final Path documentsDir;
    private Application application;
    /** How often the application asked to end (File → Quit, the close button): counted, not done, see {@link #stop()}. */
    private final AtomicInteger exits = new AtomicInteger();

    public RunningApp(Path root) {
        this.configDir = root.resolve("config");
        this.documentsDir = root.resolve("Documents/Seloste");
    }

    public Path configDir() {
        return configDir;
    }

    public Path documentsDir() {
        return documentsDir;
    }

    public Stage start() throws Exception {
        return start((Printer) null);
    }

    /** Starts the application; with a printer, that printer takes the place of the operating system's. */
    public Stage start(Printer printer) throws Exception {
        System.setProperty("seloste.config.dir", configDir.toString());
        System.setProperty("seloste.documents.dir", documentsDir.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        // Platform.exit would end the toolkit for every later test in this JVM: the app's quit is only counted.
        application = FxToolkit.setupApplication(() -> new SelosteApp(printer == null ? new SystemPrinter() : printer,
                exits::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** Starts with this client file as the last one the user had open, and the UI in this language. */
    public Stage startOn(Path clientFile, Language uiLanguage) throws Exception {
        new SettingsStore(configDir).save(Settings.DEFAULT.withUiLanguage(uiLanguage).withRecentFile(clientFile));
        return start();
    }

    /** As {@link #startOn(Path, Language)}, with this printer in place of the operating system's printers and dialog. */
    public Stage startOn(Path clientFile, Language uiLanguage, Printer printer) throws Exception {
        new SettingsStore(configDir).save(Settings.DEFAULT.withUiLanguage(uiLanguage).withRecentFile(clientFile));
        return start(printer);
    }

    /** Starts with these settings (recent files, UI language) and this printer in place of the operating system's. */
    public Stage startWith(Settings settings, Printer printer) throws Exception {
        new SettingsStore(configDir).save(settings);
        return start(printer);
    }

    /** How many times the application has asked to end, as Platform.exit would end it. */
    public int exitsAsked() {
        return exits.get();
    }

    /** Quits as the user would: Application.stop() writes pending edits and closes the file. */
    public void stop() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
            FxToolkit.cleanupStages();
            application = null;
        }
        System.clearProperty("seloste.config.dir");
        System.clearProperty("seloste.documents.dir");
    }

    private static boolean visibleWithAncestors(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    /** Whether a node is on screen: visible, in a showing window, and laid out to a size a user could click. */
    public static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery()
                .filter(RunningApp::visibleWithAncestors)
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .map(n -> n.getLayoutBounds().getWidth() > 0 && n.localToScreen(n.getLayoutBounds()) != null)
                .orElse(false);
    }
}
