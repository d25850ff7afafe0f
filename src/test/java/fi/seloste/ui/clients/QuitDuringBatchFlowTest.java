package fi.seloste.ui.clients;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.settings.Settings;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.RunningApp;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quitting Seloste from the main window (File → Quit, its accelerator, the window's close button) while the overview
 * exports four client files asks first, as closing the overview does: No keeps Seloste and the export going to its
 * end; Yes cancels the rest and quits once the files being written have stopped, leaving only complete files. With no
 * batch running, quitting asks nothing. A hook holds every file but the first at its second document until the test
 * has answered; the application's end is counted by {@link RunningApp#exitsAsked()}, not done.
 */
class QuitDuringBatchFlowTest extends FxRobot {

    @TempDir
    Path root;

    private Path folder;
    private RunningApp app;
    private Stage main;
    private ClientOverviewView overview;
    private final CountDownLatch held = new CountDownLatch(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void fourClientFilesInTheOverview() throws Exception {
        folder = OverviewLookups.fourClientFilesOneDamaged(root.resolve("asiakkaat"));
        app = new RunningApp(root.resolve("app"));
        new ClientFoldersStore(app.configDir(), app.documentsDir()).save(List.of(folder));
        main = app.startWith(Settings.DEFAULT.withUiLanguage(Language.EN), null);
        await("the main window shows the client file", () -> showing(this, "#controller-name"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the overview lists four client files",
                () -> showing(this, "#clients-table") && OverviewLookups.table(this).getItems().size() == 4);
        overview = lookup("#client-overview").queryAs(ClientOverviewView.class);
    }

    @AfterEach
    void quit() throws Exception {
        release.countDown();
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void quittingDuringABatchAsksAndNoKeepsSelosteAndTheBatchRunningToItsEnd() throws Exception {
        exportAllHeld();

        clickOn("#menu-file").clickOn("#menu-file-quit");
        await("the question", () -> showing(this, "#batch-quit-no"));
        assertThat(lookup("#batch-quit-dialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("A batch action is still running. Cancel the rest and quit Seloste?");
        clickOn("#batch-quit-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertStillRunning("File → Quit answered No");

        // The main window's close button, as the window manager sends it, asks the same.
        requestClose(main);
        await("the question again", () -> showing(this, "#batch-quit-no"));
        clickOn("#batch-quit-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertStillRunning("the close button answered No");

        release.countDown();
        await("the export's summary", () -> showing(this, "#batch-summary-counts"));
        assertThat(OverviewLookups.text(this, "#batch-summary-counts"))
                .isEqualTo("Export finished: 3 done, 0 skipped, 1 failed, 0 cancelled. The files are in " + folder + ".");
        assertThat(writtenFiles()).as("every file's complete set")
                .containsExactlyInAnyOrder("Aalto-fi.pdf", "Aalto-fi.html", "Berg-fi.pdf", "Berg-fi.html",
                        "Carelia-fi.pdf", "Carelia-fi.html");
        assertThat(app.exitsAsked()).isZero();

        // The batch over, quitting asks nothing.
        clickOn("#menu-file").clickOn("#menu-file-quit");
        await("Seloste quits", () -> app.exitsAsked() == 1);
        assertThat(showing(this, "#batch-quit-dialog")).isFalse();
    }

    @Test
    void yesCancelsTheRestAndQuitsOnceTheFilesHaveStoppedWithOnlyCompleteFilesAndTheTypedTextKept() throws Exception {
        exportAllHeld();
        // Typed in the main window while the batch runs: written as typed, and kept by the quit that follows. (The
        // overview lies over the middle of the main window on the test's screen: it is brought forward first.)
        interact(main::toFront);
        clickOn("#controller-name").write("Helmenloiste");

        push(KeyCode.CONTROL, KeyCode.Q);
        await("the question", () -> showing(this, "#batch-quit-yes"));
        clickOn("#batch-quit-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.exitsAsked()).as("not before the files held have stopped at their checkpoint").isZero();
        assertThat(overview.batch().running().get()).isTrue();

        // While it waits, neither quitting again nor closing the overview asks a second time.
        clickOn("#menu-file").clickOn("#menu-file-quit");
        requestClose((Stage) overview.getScene().getWindow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(this, "#batch-quit-dialog")).isFalse();
        assertThat(showing(this, "#batch-close-dialog")).isFalse();
        assertThat(app.exitsAsked()).isZero();

        release.countDown();
        await("Seloste quits once the files have stopped", () -> app.exitsAsked() == 1);
        assertThat(overview.batch().running().get()).isFalse();
        assertThat(writtenFiles()).as("Aalto's complete set, nothing of the files cancelled, no temporary files")
                .containsExactlyInAnyOrder("Aalto-fi.pdf", "Aalto-fi.html");
        assertThat(Files.readString(folder.resolve("Aalto-fi.html"))).contains("</html>");

        // The quit itself, as Platform.exit ends the application: Application.stop writes the edits.
        Path clientFile = ClientFileName.forClient(app.documentsDir(), "My business");
        app.stop();
        app = null;
        try (ClientFile reopened = ClientFiles.open(clientFile)) {
            assertThat(reopened.load().controller().name()).isEqualTo("Helmenloiste");
        }
    }

    @Test
    void quittingWithNoBatchRunningAsksNothing() throws Exception {
        clickOn("#menu-file").clickOn("#menu-file-quit");
        await("Seloste quits from File → Quit", () -> app.exitsAsked() == 1);
        assertThat(showing(this, "#batch-quit-dialog")).isFalse();

        requestClose(main);
        await("and from the window's close button", () -> app.exitsAsked() == 2);
        assertThat(showing(this, "#batch-quit-dialog")).isFalse();
    }

    /** Export all: Aalto done, Berg and Carelia each held after their first document. */
    private void exportAllHeld() throws Exception {
        OverviewLookups.exportAllHeldAfterAalto(this, overview.batch(), held, release);
    }

    private void assertStillRunning(String after) {
        assertThat(app.exitsAsked()).as(after + ": nothing quits").isZero();
        assertThat(main.isShowing()).as(after + ": the main window stays").isTrue();
        assertThat(overview.getScene().getWindow().isShowing()).as(after + ": the overview stays").isTrue();
        assertThat(overview.batch().running().get()).as(after + ": the batch goes on").isTrue();
        assertThat(OverviewLookups.text(this, "#batch-count")).isEqualTo("1 of 4 files finished");
    }

    private List<String> writtenFiles() throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(ClientFileName.EXTENSION))
                    .toList();
        }
    }

    /** What the window manager sends when a window's close button is pressed. */
    private static void requestClose(Stage stage) {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }
}
