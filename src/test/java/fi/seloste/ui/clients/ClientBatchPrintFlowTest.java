package fi.seloste.ui.clients;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.Pageable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.export.Printer;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.settings.Settings;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.application.Platform;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Print signed versions of selected…" in the overview: one print dialog for the whole batch, answered by a printer
 * that records what it is asked and then acts as the owner would in that dialog. Aalto and Berg are signed off,
 * Carelia never was.
 */
class ClientBatchPrintFlowTest extends FxRobot {

    @TempDir
    Path root;

    private Path folder;
    private RunningApp app;
    private final RecordingPrinter printer = new RecordingPrinter();

    @BeforeEach
    void twoSignedClientsAndOneNot() throws Exception {
        folder = Files.createDirectories(root.resolve("asiakkaat"));
        for (String name : List.of("Aalto", "Berg", "Carelia")) {
            ClientFileWriter.write(folder.resolve(name + ClientFileName.EXTENSION), SeedNotices.physiotherapy());
        }
        for (String name : List.of("Aalto", "Berg")) {
            try (ClientFile file = ClientFiles.open(folder.resolve(name + ClientFileName.EXTENSION))) {
                file.signOff("Testi", LocalizedText.finnish("kirjanpitäjä"), Instant.parse("2026-03-01T10:00:00Z"));
            }
        }
        app = new RunningApp(root.resolve("app"));
        new ClientFoldersStore(app.configDir(), app.documentsDir()).save(List.of(folder));
        app.startWith(Settings.DEFAULT.withUiLanguage(Language.EN), printer);
        await("the main window is shown", () -> showing(this, "#main-view"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the overview lists three client files", () -> showing(this, "#clients-table") && table().getItems().size() == 3);
    }

    /**
     * Clicks a language as a user does, again if the dialog was still being laid out and the click missed (under a
     * loaded machine the dialog's first layout can move the button after it is found), until it is chosen.
     */
    private void choose(String radio) throws Exception {
        javafx.scene.control.RadioButton button = lookup(radio).queryAs(javafx.scene.control.RadioButton.class);
        for (int click = 0; click < 3 && !button.isSelected(); click++) {
            clickOn(radio);
            WaitForAsyncUtils.waitForFxEvents();
        }
        await("the language " + radio + " is chosen (at " + button.localToScreen(button.getBoundsInLocal()) + " in "
                + button.getScene().getWindow().getX() + "," + button.getScene().getWindow().getY() + " "
                + button.getScene().getWindow().getWidth() + "x" + button.getScene().getWindow().getHeight() + ")",
                button::isSelected);
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void twoSignedAndOneUnsignedClientAreOnePrintDialogTwoJobsAndOneSkippedWithItsReason() throws Exception {
        select("Aalto", "Berg", "Carelia");

        clickOn("#clients-batch").clickOn("#clients-batch-print");
        await("the language is asked", () -> showing(this, "#batch-print-do"));
        assertThat(lookup("#batch-print-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .contains("The print dialog opens only once");
        choose("#batch-print-language-fi");
        clickOn("#batch-print-do");

        await("the summary", () -> showing(this, "#batch-summary-counts"));
        assertThat(text("#batch-summary-counts")).as("summary %s", summaryLines()).isEqualTo("Printing finished: 2 done, 1 skipped, 0 failed, 0 cancelled.");
        assertThat(printer.dialogs).as("one dialog for the three files").containsExactly("Seloste – signed versions of 3 clients");
        String client = SeedNotices.physiotherapy().controller().name();
        assertThat(printer.jobs).as("a job for each signed file, with the one choice").hasSize(2)
                .allSatisfy(job -> assertThat(job).startsWith(client + " – privacy notice, version 1 (FI) "));
        assertThat(summaryLines()).containsExactly(
                "Aalto: version 1 was sent to the printer Office.",
                "Berg: version 1 was sent to the printer Office.",
                "Carelia: skipped. It has not been signed off yet, so it has no signed version to print.");
    }

    @Test
    void closingTheOnePrintDialogWithoutPrintingPrintsNothingAndSaysSo() throws Exception {
        printer.answer.set(Optional.empty());
        select("Aalto", "Berg");

        clickOn("#clients-batch").clickOn("#clients-batch-print");
        await("the language is asked", () -> showing(this, "#batch-print-do"));
        clickOn("#batch-print-do");

        await("the summary", () -> showing(this, "#batch-summary-counts"));
        assertThat(text("#batch-summary-counts"))
                .isEqualTo("Printing cancelled: the print dialog was closed, so nothing was printed.");
        assertThat(printer.dialogs).as("one dialog for the batch").containsExactly("Seloste – signed versions of 2 clients");
        assertThat(printer.jobs).as("nothing printed").isEmpty();
        assertThat(showing(this, "#batch-summary-list")).as("no file was begun, so no file has a line").isFalse();
        assertThat(lookup("#clients-batch").queryAs(javafx.scene.control.MenuButton.class).isDisabled())
                .as("ready for another batch").isFalse();
    }

    /** Clicks the first file's row, then each other's with Ctrl held, as the accountant picks them. */
    private void select(String first, String... more) throws Exception {
        clickOn(cellOf(first));
        for (String name : more) {
            press(KeyCode.CONTROL).clickOn(cellOf(name)).release(KeyCode.CONTROL);
        }
        List<String> wanted = new java.util.ArrayList<>(List.of(more));
        wanted.add(0, first);
        await("the rows chosen", () -> List.copyOf(table().getSelectionModel().getSelectedItems()).stream()
                .map(ClientRow::name).sorted().toList().equals(wanted.stream().sorted().toList()));
    }

    /** The file column's cell of the file's row, found and kept in one look on the FX thread. */
    private TableCell<?, ?> cellOf(String fileName) throws Exception {
        AtomicReference<TableCell<?, ?>> found = new AtomicReference<>();
        await("the row of " + fileName, () -> {
            found.set(WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup(".table-cell").queryAll().stream()
                    .map(n -> (TableCell<?, ?>) n)
                    .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof ClientRow row
                            && row.name().equals(fileName) && fileName.equals(c.getText()))
                    .findFirst().orElse(null)));
            return found.get() != null;
        });
        return found.get();
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

    /**
     * The operating system's printing, replaced: the one dialog of a batch is answered with {@link #answer} (the
     * printer chosen, or empty: closed without printing), and each job printed with it is recorded. A dialog per
     * file would fail the test.
     */
    static final class RecordingPrinter implements Printer {
        final AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.of("Office"));
        final List<String> dialogs = new CopyOnWriteArrayList<>();
        final List<String> jobs = new CopyOnWriteArrayList<>();

        @Override
        public boolean installed() {
            return true;
        }

        @Override
        public Optional<String> print(Pageable pages, String jobName) {
            throw new AssertionError("a print dialog of its own for " + jobName);
        }

        @Override
        public Optional<PrintSession> chooseOnce(String jobName) {
            assertThat(Platform.isFxApplicationThread()).as("the print dialog must not block the FX thread").isFalse();
            dialogs.add(jobName);
            return answer.get().map(chosen -> (pages, job) -> {
                jobs.add(job + " " + pages.getNumberOfPages() + " pages");
                return Optional.of(chosen);
            });
        }
    }
}
