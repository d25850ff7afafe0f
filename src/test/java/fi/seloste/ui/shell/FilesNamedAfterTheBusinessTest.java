package fi.seloste.ui.shell;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import fi.seloste.domain.Language;
import fi.seloste.export.SignedNoticeArchive;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.SettingsStore;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.ui.I18n;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The first client file follows the business's name when the owner accepts the offer; File → Rename… and File → Save
 * as copy… never overwrite a file; the recent files follow a rename.
 */
class FilesNamedAfterTheBusinessTest extends FxRobot {

    private static final String NAME = "Kahvipaahtimo Makela Oy";

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theFirstFileIsOfferedTheBusinessNameAndRenamedWhileTheOwnerTypesOn() throws Exception {
        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));
        Path first = app.documentsDir().resolve("My business" + ClientFileName.EXTENSION);
        assertThat(showing(this, "#rename-offer")).as("no business name yet").isFalse();

        clickOn("#controller-name").write(NAME);
        await("the rename is offered", () -> showing(this, "#rename-offer"));
        assertThat(lookup("#rename-offer-text").queryAs(Label.class).getText())
                .isEqualTo("Rename the file to \"" + NAME + "\"? It is still called \"My business\", the name Seloste gave it.");
        clickOn("#rename-offer-do");

        Path renamed = app.documentsDir().resolve(NAME + ClientFileName.EXTENSION);
        await("the file has the business's name", () -> statusFile().equals(renamed.toString()));
        assertThat(showing(this, "#rename-offer")).isFalse();
        assertThat(problemText()).isEqualTo("The client file is now called " + NAME + ".");
        assertThat(first).doesNotExist();
        assertThat(renamed).isRegularFile();
        assertThat(showing(this, "#controller-name")).as("still on the same step").isTrue();

        clickOn("#controller-business-id").write("3015969-6");
        await("the edit is saved", () -> "All changes saved".equals(lookup("#status-saved").queryAs(Label.class).getText()));
        assertThat(stage.getTitle()).isEqualTo(NAME + " – Seloste");
        assertThat(new SettingsStore(app.configDir()).load().recentFiles()).as("Open recent follows the rename")
                .containsExactly(renamed);
        clickOn("#menu-file").clickOn("#menu-file-recent");
        assertThat(recentMenu().getItems()).singleElement().satisfies(item -> assertThat(item.getText()).startsWith(NAME));
        push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);

        app.stop();
        app = null;
        try (ClientFile reopened = ClientFiles.open(renamed)) {
            assertThat(reopened.load().controller().name()).isEqualTo(NAME);
            assertThat(reopened.load().controller().businessId()).isEqualTo("3015969-6");
        }
    }

    @Test
    void keepingTheNameEndsTheOfferAndRenameThroughTheMenuNeverOverwritesAFile() throws Exception {
        app = new RunningApp(root);
        app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));
        clickOn("#controller-name").write("Flowest");
        await("the rename is offered", () -> showing(this, "#rename-offer"));
        clickOn("#rename-offer-keep");
        await("the offer is gone", () -> !showing(this, "#rename-offer"));
        clickOn("#controller-name").write(" Oy");
        Thread.sleep(2000);
        assertThat(showing(this, "#rename-offer")).as("not offered again while the file is open").isFalse();

        Path taken = app.documentsDir().resolve("Flowest Oy" + ClientFileName.EXTENSION);
        Files.writeString(taken, "another program's file");
        clickOn("#menu-file").clickOn("#menu-file-rename");
        await("the rename dialog asks", () -> showing(this, "#rename-name"));
        assertThat(lookup("#rename-name").queryAs(TextField.class).getText()).as("the business's name offered")
                .isEqualTo("Flowest Oy");
        clickOn("#rename-do");

        await("the owner is told", () -> problemText().equals(I18n.of(Language.EN).text("problem.ALREADY_EXISTS",
                "Flowest Oy", taken.toString())));
        assertThat(Files.readString(taken)).isEqualTo("another program's file");
        assertThat(statusFile()).isEqualTo(app.documentsDir().resolve("My business" + ClientFileName.EXTENSION).toString());
        await("typing goes on into the open file", () -> {
            return "All changes saved".equals(lookup("#status-saved").queryAs(Label.class).getText());
        });

        clickOn("#menu-file").clickOn("#menu-file-rename");
        await("the rename dialog asks", () -> showing(this, "#rename-name"));
        clickOn("#rename-name").push(KeyCode.SHORTCUT, KeyCode.A).write("Flowest Fysio");
        assertThat(lookup("#rename-file-name").queryAs(Label.class).getText())
                .isEqualTo("The file will be Flowest Fysio" + ClientFileName.EXTENSION);
        clickOn("#rename-do");
        Path renamed = app.documentsDir().resolve("Flowest Fysio" + ClientFileName.EXTENSION);
        await("renamed", () -> statusFile().equals(renamed.toString()));
        assertThat(renamed).isRegularFile();
    }

    @Test
    void saveAsCopyWritesTheWholeFileWithItsSignedVersionAndTheOriginalStaysOpen() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ClientFile client = ClientFiles.open(file)) {
            client.signOff("Veera Westerholm", fi.seloste.domain.LocalizedText.finnish("yrittäjä"), Instant.parse("2026-11-22T10:15:00Z"), SignedNoticeArchive::documents);
        }
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#controller-name"));
        assertThat(showing(this, "#rename-offer")).as("not the default name: nothing to offer").isFalse();
        clickOn("#controller-name").write(" Oy");

        clickOn("#menu-file").clickOn("#menu-file-save-copy");
        await("the copy dialog asks", () -> showing(this, "#copy-name"));
        assertThat(lookup("#copy-name").queryAs(TextField.class).getText()).isEqualTo("Flowest Oy (copy)");
        assertThat(lookup("#copy-folder").queryAs(Label.class).getText()).isEqualTo(folder.toString());
        clickOn("#copy-do");

        Path copy = folder.resolve("Flowest Oy (copy)" + ClientFileName.EXTENSION);
        await("the copy is reported", () -> problemText().equals("A copy was saved as Flowest Oy (copy) in " + folder + "."));
        assertThat(showing(this, "#problem-open-folder")).as("Open folder offered").isTrue();
        assertThat(statusFile()).as("the original stays open").isEqualTo(file.toString());
        clickOn("#controller-name").write(" Ab");
        await("the edit is saved", () -> "All changes saved".equals(lookup("#status-saved").queryAs(Label.class).getText()));

        clickOn("#menu-file").clickOn("#menu-file-save-copy");
        await("the copy dialog asks", () -> showing(this, "#copy-name"));
        clickOn("#copy-name").push(KeyCode.SHORTCUT, KeyCode.A).write("Flowest Oy (copy)");
        clickOn("#copy-do");
        await("an existing copy is not overwritten", () -> problemText().equals(I18n.of(Language.EN)
                .text("problem.ALREADY_EXISTS", "Flowest Oy (copy)", copy.toString())));

        app.stop();
        app = null;
        try (ClientFile copied = ClientFiles.open(copy); ClientFile original = ClientFiles.open(file)) {
            assertThat(copied.load().controller().name()).as("the copy has the edits made before it").isEqualTo("Flowest Oy");
            assertThat(copied.signedVersions()).hasSize(1);
            assertThat(copied.archivedDocuments(1)).isNotEmpty();
            assertThat(original.load().controller().name()).isEqualTo("Flowest Oy Ab");
        }
    }

    private String statusFile() {
        return lookup("#status-file").queryAs(Label.class).getText();
    }

    private String problemText() {
        return showing(this, "#problem-text") ? lookup("#problem-text").queryAs(Label.class).getText() : "";
    }

    private Menu recentMenu() {
        Menu file = lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        return (Menu) file.getItems().stream().filter(i -> "menu-file-recent".equals(i.getId())).findFirst().orElseThrow();
    }
}
