package fi.seloste.ui.shell;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;


import fi.seloste.domain.Language;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.Screenshot;

import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Not part of the normal test run: screenshots of what issue 17 changed in the window, to look at. The damaged-file
 * message with its recovery button, the message after recovering, and a field near and past its length limit.
 * <pre>xvfb-run -a -s '-screen 0 1280x800x24' ./mvnw test -Dtest=ScreenshotsOfReliability \
 *   -Dseloste.screenshots.dir=/tmp/shots -Dtestfx.headless=false -Dglass.platform=gtk \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dseloste.screenshots.size=1100x720]</pre>
 */
@EnabledIfSystemProperty(named = "seloste.screenshots.dir", matches = ".+")
class ScreenshotsOfReliability extends FxRobot {

    @TempDir
    Path root;

    @Test
    void damageRecoveryAndLengthLimits() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("seloste.screenshots.dir")));
        String size = System.getProperty("seloste.screenshots.size", "1280x800");
        String[] wh = size.split("x");
        Path folder = Files.createDirectories(root.resolve("asiakkaat"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 4096));

        RunningApp app = new RunningApp(root.resolve("app"));
        new SettingsStore(app.configDir()).save(Settings.DEFAULT.withUiLanguage(Language.FI)
                .withWindow(new WindowBounds(0, 0, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), false))
                .withRecentFile(file));
        Stage stage = app.start();
        try {
            await("the damage is shown", () -> showing(this, "#problem-recover"));
            Screenshot.of(this, stage, out.resolve("damaged-" + size + ".png"));

            clickOn("#problem-recover");
            await("the recovered copy is open", () -> showing(this, "#controller-name") && showing(this, "#problem-text"));
            sleep(400);
            Screenshot.of(this, stage, out.resolve("recovered-" + size + ".png"));

            TextInputControl name = lookup("#controller-name").query();
            interact(() -> name.setText("Flowest Fysioterapia " + "x".repeat(260)));
            await("the counter is shown", () -> showing(this, "#controller-name-length"));
            sleep(300);
            Screenshot.of(this, stage, out.resolve("near-limit-" + size + ".png"));
            interact(() -> name.setText("Flowest Fysioterapia " + "x".repeat(330)));
            sleep(300);
            Screenshot.of(this, stage, out.resolve("over-limit-" + size + ".png"));
        } finally {
            app.stop();
        }
    }

}
