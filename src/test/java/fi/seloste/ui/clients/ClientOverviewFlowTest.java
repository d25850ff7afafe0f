package fi.seloste.ui.clients;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.settings.Settings;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.HoldClientFileOpen;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An accountant's folder of client files in the overview (File → Clients): sorted by review date, searched and
 * filtered to the reviews due, a damaged file and one open in another Seloste shown as such in their rows, a client
 * started from another, and the reminder at start that opens the overview filtered to the reviews due.
 */
class ClientOverviewFlowTest extends FxRobot {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path root;

    private Path folder;
    private RunningApp app;
    private Stage main;

    @BeforeEach
    void anAccountantsFolder() throws Exception {
        folder = Files.createDirectories(root.resolve("asiakkaat"));
        write("Aalto", "Aalto Fysio Oy", TODAY.minusDays(10));
        Path berg = write("Berg", "Berg Hälsa Ab", TODAY.plusDays(12));
        write("Carelia", "Carelia Kunto Oy", TODAY.plusDays(200));
        try (ClientFile signed = ClientFiles.open(berg)) {
            signed.signOff("Tilitoimisto Testi", LocalizedText.finnish("kirjanpitäjä"), Instant.parse("2026-03-01T10:00:00Z"));
        }
        Path damaged = write("Rikki", "Rikki Oy", TODAY.plusDays(100));
        byte[] whole = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(whole, whole.length / 2));
        write("Lukittu", "Lukittu Oy", TODAY.plusDays(100));
        app = new RunningApp(root.resolve("app"));
        new ClientFoldersStore(app.configDir(), app.documentsDir()).save(List.of(folder));
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private void start() throws Exception {
        main = app.startWith(Settings.DEFAULT.withUiLanguage(Language.EN), null);
        await("the main window is shown", () -> showing(this, "#main-view"));
    }

    @Test
    void theOverviewSortsByReviewDateSearchesAndShowsOnlyTheReviewsDue() throws Exception {
        start();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the overview lists five client files", () -> showing(this, "#clients-table") && table().getItems().size() == 5);

        clickOn(onFxThread("#clients-col-review-due"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(namesWithReviewDates()).containsExactly("Aalto", "Berg", "Lukittu", "Carelia");
        clickOn(onFxThread("#clients-col-review-due"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(namesWithReviewDates()).containsExactly("Carelia", "Lukittu", "Berg", "Aalto");

        assertThat(cellText("Aalto", c -> c.getText() != null && c.getText().contains("(overdue)")).getStyleClass())
                .contains("review-overdue");
        assertThat(cellText("Berg", c -> c.getText() != null && c.getText().contains("(due soon)")).getStyleClass())
                .contains("review-soon");
        assertThat(cellText("Berg", c -> "signed v1".equals(c.getText()))).isNotNull();

        clickOn("#clients-search").write("hälsa");
        await("the search leaves Berg", () -> names().equals(List.of("Berg")));
        doubleClickOn("#clients-search").eraseText(5);
        await("every file again", () -> table().getItems().size() == 5);

        clickOn("#clients-reviews-due");
        await("only the reviews due", () -> Set.copyOf(names()).equals(Set.of("Aalto", "Berg")));
        assertThat(lookup("#clients-status").queryAs(Labeled.class).getText()).startsWith("2 of 5 client files shown");
    }

    @Test
    void aDamagedFileAndOneOpenInAnotherSelosteAreShownAsSuchInTheirRows() throws Exception {
        Path locked = folder.resolve("Lukittu" + ClientFileName.EXTENSION);
        try (ChildJvm other = ChildJvm.start(HoldClientFileOpen.class, locked.toString())) {
            other.awaitLine(line -> line.startsWith("open "), Duration.ofSeconds(60));
            start();
            clickOn("#menu-file").clickOn("#menu-file-clients");
            await("the overview lists five client files", () -> showing(this, "#clients-table") && table().getItems().size() == 5);

            assertThat(cellText("Rikki", c -> c.getText() != null && c.getText().startsWith("Damaged or cut short"))).isNotNull();
            assertThat(cellText("Lukittu", c -> c.getText() != null && c.getText().startsWith("Open in Seloste"))).isNotNull();
            assertThat(table().getItems()).filteredOn(r -> !r.readable()).extracting(ClientRow::name)
                    .containsExactlyInAnyOrder("Rikki", "Lukittu");
            assertThat(cellText("Carelia", c -> "Carelia Kunto Oy".equals(c.getText()))).isNotNull();
            assertThat(Files.size(folder.resolve("Rikki" + ClientFileName.EXTENSION))).isPositive();
        }
    }

    @Test
    void aNewClientStartedFromAnotherHasItsNoticeButNotItsSignOffReviewDateOrBusinessId() throws Exception {
        FromOldNotice unchecked;
        try (ClientFile berg = ClientFiles.open(folder.resolve("Berg" + ClientFileName.EXTENSION))) {
            long register = berg.load().registers().get(0).id();
            unchecked = new FromOldNotice(PlacedFieldKey.ofRegister(Field.REGISTER_DESCRIPTION, register), "Asiakkaat.",
                    "Rekisterissä ovat asiakkaat.");
            FromOldNotice checked = new FromOldNotice(PlacedFieldKey.of(Field.CONTROLLER_STREET), "Storgatan 1",
                    "Adress: Storgatan 1.");
            FromOldNotice businessId = new FromOldNotice(PlacedFieldKey.of(Field.CONTROLLER_BUSINESS_ID), "1234567-1",
                    "FO-nummer 1234567-1.");
            berg.addMarks(List.of(checked, unchecked, businessId));
            berg.confirmMark(checked.field());
        }
        start();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the overview lists five client files", () -> showing(this, "#clients-table") && table().getItems().size() == 5);
        clickOn(cellText("Berg", c -> "Berg Hälsa Ab".equals(c.getText())));
        clickOn("#clients-new-from");
        await("the dialog asks the new client's name", () -> showing(this, "#clients-new-from-name"));
        clickOn("#clients-new-from-name").write("Björk Hälsa Ab");
        assertThat(lookup("#clients-new-from-file").queryAs(Labeled.class).getText()).contains("Björk Hälsa Ab.seloste.mv.db");
        clickOn("#clients-new-from-do");

        Path made = folder.resolve("Björk Hälsa Ab" + ClientFileName.EXTENSION);
        await("the new client's row", () -> names().contains("Björk Hälsa Ab"));
        Notice model = notice("Berg", "Berg Hälsa Ab", TODAY.plusDays(12));
        try (ClientFile copy = ClientFiles.openToRead(made)) {
            Notice notice = copy.load();
            assertThat(notice.controller().name()).isEqualTo("Björk Hälsa Ab");
            assertThat(notice.controller().businessId()).isEmpty();
            assertThat(notice.controller().address()).isEqualTo(model.controller().address());
            assertThat(notice.settings().nextReview()).isNull();
            assertThat(notice.registers()).extracting(r -> r.name().fi())
                    .containsExactlyElementsOf(model.registers().stream().map(r -> r.name().fi()).toList());
            assertThat(copy.signOffs()).isEmpty();
            assertThat(copy.loadMarks()).as("what Berg's owner has yet to check from her old notice is still marked;"
                    + " what she checked, and the Y-tunnus the copy leaves out, are not").containsExactly(unchecked);
        }
        assertThat(cellText("Björk Hälsa Ab", c -> "draft".equals(c.getText()))).isNotNull();
        try (ClientFile berg = ClientFiles.openToRead(folder.resolve("Berg" + ClientFileName.EXTENSION))) {
            assertThat(berg.signOffs()).hasSize(1);
        }

        // The new file's rows may still be read again as the folder watcher reports it: a cell found for Björk can
        // show another row by the time the click lands, as a user's click can miss a row that moved. Click again then.
        for (int tries = 0; tries < 5 && !WaitForAsyncUtils.asyncFx(this::bjorkChosen).get(); tries++) {
            clickOn(cellText("Björk Hälsa Ab", c -> "Björk Hälsa Ab".equals(c.getText())));
            WaitForAsyncUtils.waitForFxEvents();
        }
        await("Björk's row is chosen", this::bjorkChosen);
        // A window manager gives the keyboard to the window clicked in; Monocle does not always (the dialog just
        // closed, or the main window took it meanwhile), so the test does.
        interact(() -> table().getScene().getWindow().requestFocus());
        await("the table has the keyboard", () -> table().isFocused());
        push(KeyCode.ENTER);
        await("the new client is open in the main window", () -> main.getTitle() != null && main.getTitle().contains("Björk Hälsa Ab"));
    }

    @Test
    void aFileWrittenElsewhereIsReadAgainAndANewOneGetsItsRow() throws Exception {
        start();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        await("the overview lists five client files", () -> showing(this, "#clients-table") && table().getItems().size() == 5);

        // Written by another Seloste (on another computer, into a shared folder): edited beside it, then moved in.
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Path carelia = folder.resolve("Carelia" + ClientFileName.EXTENSION);
        clickOn(cellText("Carelia", c -> "Carelia".equals(c.getText())));
        Path edited = Files.copy(carelia, elsewhere.resolve(carelia.getFileName()));
        try (ClientFile file = ClientFiles.open(edited)) {
            file.saveController(file.load().controller().withName("Carelia Kunto ja Hyvinvointi Oy"));
        }
        Files.move(edited, carelia, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        await("Carelia's row says its new name", () -> table().getItems().stream()
                .anyMatch(r -> r.name().equals("Carelia") && r.client().equals("Carelia Kunto ja Hyvinvointi Oy")));
        // The row read again is still the one chosen: Enter now would open it.
        assertThat(table().getSelectionModel().getSelectedItem()).extracting(ClientRow::client)
                .isEqualTo("Carelia Kunto ja Hyvinvointi Oy");

        Path dahl = elsewhere.resolve("Dahl" + ClientFileName.EXTENSION);
        ClientFileWriter.write(dahl, notice("Dahl", "Dahl Fysio Oy", TODAY.plusDays(300)));
        Files.move(dahl, folder.resolve(dahl.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        await("the new file's row", () -> names().contains("Dahl"));
        Files.delete(folder.resolve("Aalto" + ClientFileName.EXTENSION));
        await("the removed file's row is gone", () -> !names().contains("Aalto"));
    }

    @Test
    void theReminderAtStartCountsTheReviewsDueAndOpensTheOverviewFilteredToThem() throws Exception {
        start();
        await("the reminder", () -> showing(this, "#review-reminder"));
        assertThat(lookup("#review-reminder-text").queryAs(Labeled.class).getText())
                .isEqualTo("Yearly reviews: 1 overdue, 1 due within 30 days.");

        clickOn("#review-reminder-show");

        await("the overview with the reviews due", () -> showing(this, "#clients-table")
                && Set.copyOf(names()).equals(Set.of("Aalto", "Berg")));
        assertThat(lookup("#clients-reviews-due").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        clickOn("#clients-reviews-due");
        await("every client", () -> table().getItems().size() == 5);
    }

    private boolean bjorkChosen() {
        ClientRow chosen = table().getSelectionModel().getSelectedItem();
        return chosen != null && chosen.name().equals("Björk Hälsa Ab") && table().getSelectionModel().getSelectedItems().size() == 1;
    }

    /**
     * The node looked up on the FX thread: a lookup from the test thread walks the table's cells while the FX thread
     * recycles them, and can meet a cell just taken out of its scene.
     */
    private javafx.scene.Node onFxThread(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup(query).<javafx.scene.Node>query()).get();
    }

    @SuppressWarnings("unchecked")
    private TableView<ClientRow> table() {
        return lookup("#clients-table").queryAs(TableView.class);
    }

    private List<String> names() {
        return List.copyOf(table().getItems()).stream().map(ClientRow::name).toList();
    }

    /** The rows in the order shown, the damaged file (no review date to sort by) left out. */
    private List<String> namesWithReviewDates() {
        return List.copyOf(table().getItems()).stream().filter(r -> r.reviewDue() != null).map(ClientRow::name).toList();
    }

    /** The cell of the file's row that passes the test: what the accountant sees in that row. */
    private TableCell<?, ?> cellText(String fileName, java.util.function.Predicate<TableCell<?, ?>> test) throws Exception {
        // Found and kept in one look on the FX thread: a row read again meanwhile gets new cells.
        java.util.concurrent.atomic.AtomicReference<TableCell<?, ?>> found = new java.util.concurrent.atomic.AtomicReference<>();
        await("a cell of " + fileName, () -> {
            lookup(".table-cell").queryAll().stream().map(n -> (TableCell<?, ?>) n)
                    .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof ClientRow row
                            && row.name().equals(fileName) && test.test(c))
                    .findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    private Path write(String fileName, String client, LocalDate review) throws Exception {
        Path file = folder.resolve(fileName + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice(fileName, client, review));
        return file;
    }

    private static Notice notice(String fileName, String client, LocalDate review) {
        Notice physio = SeedNotices.physiotherapy();
        NoticeSettings s = physio.settings();
        return Notice.withoutSharedSections(physio.controller().withName(client), physio.contactPerson(), physio.dataProtectionOfficer(),
                new NoticeSettings(Set.copyOf(s.languages()), review, s.introduction(), s.rightsInstructions()),
                physio.registers());
    }
}
