package fi.seloste.ui.oldnotice;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.Screenshot;

import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Not part of the normal test run: screenshots of File → New client file from an old notice… (the dialog after the
 * physiotherapy notice was read) and of the list of what was not placed beside the wizard, to look at.
 * <pre>./mvnw test -Dtest=ScreenshotsOfOldNoticeImport -Dseloste.screenshots.dir=/tmp/shots \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dseloste.screenshots.language=fi]</pre>
 */
@EnabledIfSystemProperty(named = "seloste.screenshots.dir", matches = ".+")
class ScreenshotsOfOldNoticeImport extends FxRobot {

    @TempDir
    Path root;

    @Test
    void theDialogAndTheListBesideTheWizard() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("seloste.screenshots.dir")));
        Language language = Language.fromTag(System.getProperty("seloste.screenshots.language", "en"));
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/fi/seloste/seeds/physiotherapy-practice-tietosuojaseloste.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RunningApp app = new RunningApp(root);
        String size = System.getProperty("seloste.screenshots.size", "1280x800");
        String suffix = size.equals("1280x800") ? "" : "-" + size;
        String[] wh = size.split("x");
        new SettingsStore(app.configDir()).save(Settings.DEFAULT.withUiLanguage(language)
                .withWindow(new WindowBounds(0, 0, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), false)));
        Stage stage = app.start();
        try {
            await("a client file is open", () -> showing(this, "#controller-name"));
            clickOn("#menu-file").clickOn("#menu-file-from-old-notice");
            await("the dialog is shown", () -> showing(this, "#old-notice-text"));
            clickOn("#old-notice-text");
            interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, seed)));
            push(KeyCode.SHORTCUT, KeyCode.V);
            clickOn("#old-notice-read-text");
            await("the notice is read", () -> !lookup("#old-notice-create").queryAs(Button.class).isDisabled());
            Window dialog = lookup("#old-notice-dialog").query().getScene().getWindow();
            Screenshot.of(this, (Stage) dialog, out.resolve("old-notice-dialog-" + language.tag() + suffix + ".png"));
            clickOn("#old-notice-create");
            await("the list is beside the wizard", () -> showing(this, "#old-notice-leftovers"));
            clickOn("#old-notice-unplaced-0-copy");
            Screenshot.of(this, stage, out.resolve("old-notice-leftovers-" + language.tag() + suffix + ".png"));
            clickOn("#old-notice-leftovers-close");
            clickOn("#controller-name-old-notice-show");
            Thread.sleep(300);
            Screenshot.of(this, stage, out.resolve("old-notice-marks-" + language.tag() + suffix + ".png"));
        } finally {
            app.stop();
        }
    }
}
