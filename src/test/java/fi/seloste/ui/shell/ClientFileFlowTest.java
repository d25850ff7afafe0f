package fi.seloste.ui.shell;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The main job end to end, clicking and typing as a user: a new client file, a name typed, closed, reopened. */
class ClientFileFlowTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        app.stop();
    }

    @Test
    void theFirstStartOpensADefaultClientFileReadyForTyping() throws Exception {
        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));

        Path defaultFile = app.documentsDir().resolve("My business" + ClientFileName.EXTENSION);
        assertThat(defaultFile).isRegularFile();
        assertThat(stage.getTitle()).isEqualTo("My business – Seloste");
        assertThat(lookup("#status-file").queryAs(Label.class).getText()).isEqualTo(defaultFile.toString());
    }

    @Test
    void aClientFileMadeThroughTheMenusKeepsTheNameTypedAcrossCloseAndReopen() throws Exception {
        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));

        clickOn("#menu-file").clickOn("#menu-file-new");
        await("the new-file dialog is shown", () -> showing(this, "#new-client-name"));
        clickOn("#new-client-name").write("Flowest");
        clickOn("#new-client-create");
        await("the new file is open", () -> stage.getTitle().equals("Flowest – Seloste"));
        await("its controller step is shown", () -> showing(this, "#controller-name"));

        assertThat(lookup("#controller-name").queryAs(TextField.class).getText()).as("the name typed for the file")
                .isEqualTo("Flowest");
        clickOn("#controller-name").push(javafx.scene.input.KeyCode.END).write(" Fysioterapia");
        clickOn("#controller-business-id").write("3015969-6");
        await("the title follows the name", () -> stage.getTitle().equals("Flowest Fysioterapia – Seloste"));
        await("the edits are saved", () -> "All changes saved".equals(lookup("#status-saved").queryAs(Label.class).getText()));

        clickOn("#menu-file").clickOn("#menu-file-close");
        await("the welcome page is shown", () -> showing(this, "#welcome"));
        assertThat(stage.getTitle()).isEqualTo("Seloste");

        clickOn("#menu-file").clickOn("#menu-file-recent").clickOn("#menu-file-recent-0");
        await("the file is open again", () -> showing(this, "#controller-name"));
        assertThat(lookup("#controller-name").queryAs(TextField.class).getText()).isEqualTo("Flowest Fysioterapia");
        assertThat(lookup("#controller-business-id").queryAs(TextField.class).getText()).isEqualTo("3015969-6");

        app.stop();
        Path file = app.documentsDir().resolve("Flowest" + ClientFileName.EXTENSION);
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.load().controller().name()).isEqualTo("Flowest Fysioterapia");
        }
    }

    @Test
    void theLastFileTheLanguageAndTheWindowSizeAreRememberedAcrossRestarts() throws Exception {
        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));
        clickOn("#controller-name").write("Helmenloiste");
        clickOn("#menu-settings").clickOn("#menu-settings-language").clickOn("#menu-settings-language-fi");
        await("the window speaks Finnish", () -> "Rekisterinpitäjä".equals(lookup("#step-title").queryAs(Label.class).getText()));
        interact(() -> stage.setWidth(900));
        app.stop();

        Stage again = app.start();
        await("the file is open again", () -> showing(this, "#controller-name"));
        assertThat(lookup("#controller-name").queryAs(TextField.class).getText()).isEqualTo("Helmenloiste");
        assertThat(lookup("#step-title").queryAs(Label.class).getText()).isEqualTo("Rekisterinpitäjä");
        assertThat(again.getWidth()).isEqualTo(900);
    }
}
