package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Not part of the normal test run: makes docs/screenshots/step-*.png, the wizard at 1280×800 with the
 * physiotherapy seed, by clicking each step in the list (-Dseloste.screenshots.size=1100x720 for the small laptop size).
 * Run under Xvfb with a real window:
 * <pre>xvfb-run -s '-screen 0 1280x800x24' ./mvnw test -Dtest=ScreenshotsOfEveryStep \
 *   -Dseloste.screenshots.dir=docs/screenshots -Dtestfx.headless=false -Dglass.platform=gtk -Dtestfx.robot=glass</pre>
 */
@EnabledIfSystemProperty(named = "seloste.screenshots.dir", matches = ".+")
class ScreenshotsOfEveryStep extends FxRobot {

    @TempDir
    Path root;

    @Test
    void everyStepOfTheWizard() throws Exception {
        Path out = Path.of(System.getProperty("seloste.screenshots.dir"));
        Files.createDirectories(out);
        Path file = root.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        RunningApp app = new RunningApp(root.resolve("app"));
        Language ui = Language.fromTag(System.getProperty("seloste.screenshots.language", "fi"));
        String[] size = System.getProperty("seloste.screenshots.size", "1280x800").split("x");
        new SettingsStore(app.configDir()).save(Settings.DEFAULT.withUiLanguage(ui)
                .withWindow(new WindowBounds(0, 0, Integer.parseInt(size[0]), Integer.parseInt(size[1]), false))
                .withRecentFile(file));
        Stage stage = app.start();
        try {
            await("the wizard is shown", () -> showing(this, "#wizard-steps"));
            for (NoticeStep step : NoticeStep.values()) {
                clickOn("#wizard-step-" + step.name());
                await("step " + step + " is shown", () -> showing(this, "#step-" + step.name()));
                sleep(400);
                AtomicReference<WritableImage> image = new AtomicReference<>();
                interact(() -> image.set(stage.getScene().snapshot(null)));
                String name = String.format("step-%02d-%s.png", step.ordinal() + 1, step.name().toLowerCase().replace('_', '-'));
                ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.resolve(name).toFile());
                assertThat(out.resolve(name)).isNotEmptyFile();
            }
        } finally {
            app.stop();
        }
    }
}
