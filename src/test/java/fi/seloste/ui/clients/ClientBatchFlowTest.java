package fi.seloste.ui.clients;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.settings.Settings;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.RunningApp;

import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
 * The overview's batch work on a folder of four client files (one of them damaged): an export of all of them
 * cancelled halfway leaves only complete sets of files and says which were cancelled, and "Check all" sums up each
 * file's findings and why the damaged one could not be checked; closing the overview during a batch asks first, and
 * Yes cancels the rest and closes it. The cancel comes at a known point: a hook holds every file but the first at its
 * second document until the test has pressed Cancel (or confirmed the close).
 */
class ClientBatchFlowTest extends FxRobot {

    @TempDir
    Path root;

    private Path folder;
    private RunningApp app;

    @BeforeEach
    void fourClientFiles() throws Exception {
        folder = OverviewLookups.fourClientFilesOneDamaged(root.resolve("asiakkaat"));
        app = new RunningApp(root.resolve("app"));
        new ClientFoldersStore(app.configDir(), app.documentsDir()).save(List.of(folder));
        app.startWith(Settings.DEFAULT.withUiLanguage(Language.EN), null);
        await("the main window is shown", () -> showing(this, "#main-view"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the overview lists four client files", () -> showing(this, "#clients-table") && table().getItems().size() == 4);
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void anExportOfAllCancelledHalfwayLeavesOnlyCompleteSetsAndSaysWhatWasCancelled() throws Exception {
        CountDownLatch held = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ClientOverviewView view = lookup("#client-overview").queryAs(ClientOverviewView.class);
        view.batch().setHook((file, done, total) -> {
            if (!ClientFileName.displayName(file).equals("Aalto") && done == 1 && total > 1) {
                held.countDown();
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let " + file + " go on");
                }
            }
        });

        clickOn("#clients-batch").clickOn("#clients-batch-export-all");
        await("the export asks formats, languages and folder", () -> showing(this, "#batch-export-do"));
        assertThat(lookup("#batch-export-folder").queryAs(Labeled.class).getText()).isEqualTo(folder.toString());
        clickOn("#batch-export-format-json");
        clickOn("#batch-export-do");

        // Aalto done; Berg, then Carelia (on the thread Aalto freed) each held after their first document.
        assertThat(held.await(60, TimeUnit.SECONDS)).as("two files held at their second document").isTrue();
        await("Aalto is finished", () -> "1 of 4 files finished".equals(text("#batch-count")));
        assertThat(showing(this, "#batch-tasks")).as("the progress of each file").isTrue();
        assertThat(lookup("#clients-batch").queryAs(javafx.scene.control.MenuButton.class).isDisabled())
                .as("no second batch while one runs").isTrue();
        clickOn("#batch-cancel");
        release.countDown();

        await("the summary", () -> showing(this, "#batch-summary-counts"));
        assertThat(text("#batch-summary-counts"))
                .isEqualTo("Export finished: 1 done, 0 skipped, 0 failed, 3 cancelled. The files are in " + folder + ".");
        assertThat(summaryLines()).containsExactly(
                "Berg: cancelled. None of its files were written; files from an earlier export are unchanged.",
                "Carelia: cancelled. None of its files were written; files from an earlier export are unchanged.",
                "Rikki: cancelled. None of its files were written; files from an earlier export are unchanged.");
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(ClientFileName.EXTENSION)))
                    .as("Aalto's complete set, and nothing of the files cancelled (no temporary files either)")
                    .containsExactlyInAnyOrder("Aalto-fi.pdf", "Aalto-fi.html", "Aalto.json");
        }
        assertThat(Files.readAllBytes(folder.resolve("Aalto-fi.pdf"))).startsWith("%PDF".getBytes());
        assertThat(Files.readString(folder.resolve("Aalto-fi.html"))).contains("</html>");

        clickOn("#batch-summary-close");
        await("the panel is closed", () -> !showing(this, "#batch-summary-counts"));
        assertThat(table().getItems()).extracting(ClientRow::name).containsExactly("Aalto", "Berg", "Carelia", "Rikki");
    }

    @Test
    void closingTheOverviewDuringABatchAsksAndYesCancelsTheRestAndClosesWithOnlyCompleteFilesLeft() throws Exception {
        CountDownLatch held = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ClientOverviewView view = lookup("#client-overview").queryAs(ClientOverviewView.class);
        Stage overview = (Stage) view.getScene().getWindow();
        OverviewLookups.exportAllHeldAfterAalto(this, view.batch(), held, release);

        // The window's close button, as the window manager sends it: first answered No.
        requestClose(overview);
        await("the question", () -> showing(this, "#batch-close-no"));
        assertThat(lookup("#batch-close-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("A batch action is still running. Cancel the rest and close the window?");
        clickOn("#batch-close-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overview.isShowing()).as("No keeps the window open").isTrue();
        assertThat(view.batch().running().get()).as("and the batch running").isTrue();
        assertThat(text("#batch-count")).isEqualTo("1 of 4 files finished");

        requestClose(overview);
        await("the question again", () -> showing(this, "#batch-close-yes"));
        clickOn("#batch-close-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overview.isShowing()).as("open until the files held have stopped at their checkpoint").isTrue();
        release.countDown();

        await("the overview closes once the files have stopped", () -> !overview.isShowing());
        assertThat(view.batch().running().get()).isFalse();
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(ClientFileName.EXTENSION)))
                    .as("Aalto's complete set, nothing of the files cancelled, no temporary files")
                    .containsExactlyInAnyOrder("Aalto-fi.pdf", "Aalto-fi.html");
        }
        assertThat(Files.readString(folder.resolve("Aalto-fi.html"))).contains("</html>");

        // Opened again, it says how the batch ended.
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the summary", () -> overview.isShowing() && showing(this, "#batch-summary-counts"));
        assertThat(text("#batch-summary-counts"))
                .isEqualTo("Export finished: 1 done, 0 skipped, 0 failed, 3 cancelled. The files are in " + folder + ".");
    }

    /** What the window manager sends when the window's close button is pressed. */
    private static void requestClose(Stage stage) {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    @Test
    void checkingAllSumsUpEachFilesFindingsAndWhyTheDamagedOneCouldNotBeChecked() throws Exception {
        clickOn("#clients-batch");
        clickOn("#clients-batch-validate-all");
        await("the summary", () -> showing(this, "#batch-summary-counts"));
        assertThat(text("#batch-summary-counts")).isEqualTo("Completeness check finished: 3 done, 0 skipped, 1 failed, 0 cancelled.");
        List<String> lines = summaryLines();
        for (String name : List.of("Aalto", "Berg", "Carelia")) {
            assertThat(lines).anyMatch(l -> l.matches(name + ": (no errors|1 error|\\d+ errors), (no warnings|1 warning|\\d+ warnings)"));
        }
        assertThat(lines).filteredOn(l -> l.startsWith("Rikki: ")).singleElement().asString()
                .startsWith("Rikki: failed. The client file Rikki is damaged or incomplete");
    }

    private TableView<ClientRow> table() {
        return OverviewLookups.table(this);
    }

    private String text(String query) {
        return OverviewLookups.text(this, query);
    }

    private List<String> summaryLines() {
        return OverviewLookups.summaryLines(this);
    }
}
