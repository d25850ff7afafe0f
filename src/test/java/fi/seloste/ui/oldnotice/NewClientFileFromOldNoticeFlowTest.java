package fi.seloste.ui.oldnotice;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.oldnotice.DraftFromOldNotice;
import fi.seloste.oldnotice.MarksFromOldNotice;
import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.oldnotice.OldNoticeRecogniser;
import fi.seloste.oldnotice.UnplacedStatement;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → New client file from an old notice…, clicking and typing as the owner does: the physiotherapy practice's
 * notice pasted becomes a new client file whose wizard starts with its controller, and what was not placed is listed
 * beside the wizard to copy from; a damaged Word file is refused with its reason and nothing is written.
 */
class NewClientFileFromOldNoticeFlowTest extends FxRobot {

    private static final String NO_VERSIONS = "No version is signed off yet.";

    private static final String SEED = "/fi/seloste/seeds/physiotherapy-practice-tietosuojaseloste.txt";

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
    void thePastedNoticeBecomesANewClientFileOpenWithItsControllerAndTheSentencesNotPlacedBesideIt() throws Exception {
        String seed = seed();
        OldNoticeReading expected = OldNoticeRecogniser.read(seed);
        assertThat(expected.unplaced()).as("the seed has sentences Seloste does not place").isNotEmpty();
        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));

        openTheDialog();
        paste("#old-notice-text", seed);
        assertThat(lookup("#old-notice-create").queryAs(Button.class).isDisabled()).as("nothing read yet").isTrue();
        clickOn("#old-notice-read-text");
        await("the notice is read", () -> !lookup("#old-notice-create").queryAs(Button.class).isDisabled());
        assertThat(text("#old-notice-message")).startsWith("Read. Values placed: " + expected.placed().size()
                + "; sentences not placed: " + expected.unplaced().size() + "; statements the law no longer supports: "
                + expected.outdated().size() + ".");
        assertThat(lookup("#old-notice-name").queryAs(TextField.class).getText()).as("named after the business")
                .isEqualTo("Flowest");
        assertThat(text("#old-notice-file-name")).isEqualTo("The file will be Flowest" + ClientFileName.EXTENSION);

        clickOn("#old-notice-create");
        await("the new file is open", () -> stage.getTitle().equals("Flowest – Seloste"));
        await("its controller step is shown", () -> showing(this, "#controller-name"));
        assertThat(showing(this, "#old-notice-dialog")).isFalse();
        assertThat(field("#controller-name")).isEqualTo("Flowest");
        assertThat(field("#controller-business-id")).isEqualTo("3015969-6");
        Path written = app.documentsDir().resolve("Flowest" + ClientFileName.EXTENSION);
        assertThat(written).isRegularFile();

        await("the sentences not placed are beside the wizard", () -> showing(this, "#old-notice-leftovers"));
        List<UnplacedStatement> unplaced = expected.unplaced();
        for (int i = 0; i < unplaced.size(); i++) {
            assertThat(text("#old-notice-unplaced-" + i + "-sentence")).isEqualTo("\u201c" + unplaced.get(i).sentence() + "\u201d");
            assertThat(text("#old-notice-unplaced-" + i + "-reason")).isNotBlank();
        }
        for (int i = 0; i < expected.outdated().size(); i++) {
            assertThat(text("#old-notice-outdated-" + i + "-sentence")).contains(expected.outdated().get(i).sentence());
        }
        assertThat(lookup("#old-notice-unplaced-" + unplaced.size()).tryQuery()).as("no more than were not placed").isEmpty();
        Button copy = lookup("#old-notice-unplaced-0-copy").queryAs(Button.class);
        assertThat(copy.getAccessibleText()).isEqualTo("Copy the sentence: " + unplaced.get(0).sentence());
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "something else")));
        clickOn(copy);
        assertThat(text("#old-notice-leftovers-copied")).isEqualTo("Copied — paste it where it belongs.");
        assertThat(clipboard()).isEqualTo(unplaced.get(0).sentence());

        int toCheck = MarksFromOldNotice.of(expected, DraftFromOldNotice.draft(expected)).stream()
                .map(FromOldNotice::field).collect(java.util.stream.Collectors.toSet()).size();
        marksTheValuesFromTheOldNoticeUntilChecked(toCheck);
        String sentence = unplaced.get(0).sentence();
        copiesASentenceIntoAChosenFieldAndMarksIt(sentence, toCheck);

        openRecent(1);
        await("the other file is open", () -> stage.getTitle().equals("My business – Seloste"));
        await("its wizard is shown", () -> showing(this, "#controller-name"));
        assertThat(showing(this, "#old-notice-leftovers")).as("the list belongs to the file made of the old notice").isFalse();
        openRecent(1);
        await("the new file is open again", () -> stage.getTitle().equals("Flowest – Seloste"));
        await("its list is beside the wizard again", () -> showing(this, "#old-notice-leftovers"));
        await("its controller step is shown", () -> showing(this, "#controller-name"));
        assertThat(showing(this, "#controller-business-id-old-notice")).as("a mark not checked is read back from the file").isTrue();
        assertThat(showing(this, "#controller-name-old-notice")).as("a checked mark stays gone after reopening").isFalse();
        assertThat(labeled("#old-notice-marks-count")).isEqualTo(toCheck + " values from your old notice to check");

        clickOn("#menu-settings").clickOn("#menu-settings-language").clickOn("#menu-settings-language-fi");
        await("the window speaks Finnish", () -> "Rekisterinpitäjä".equals(text("#step-title")));
        assertThat(showing(this, "#old-notice-leftovers")).as("the list outlives a change of language").isTrue();
        assertThat(text("#old-notice-leftovers-title")).isEqualTo("Vanhasta selosteesta sijoittamatta");

        clickOn("#old-notice-leftovers-close");
        await("the list is closed", () -> !showing(this, "#old-notice-leftovers"));
        assertThat(showing(this, "#controller-name")).as("the wizard stays").isTrue();

        app.stop();
        try (ClientFile reopened = ClientFiles.open(written)) {
            assertThat(reopened.load().controller().businessId()).isEqualTo("3015969-6");
            assertThat(reopened.load().registers().get(0).description().fi()).isEqualTo(sentence);
            List<FromOldNotice> marks = reopened.loadMarks();
            assertThat(marks).noneMatch(m -> m.field().equals(PlacedFieldKey.of(PlacedFieldKey.Field.CONTROLLER_NAME)));
            assertThat(marks).contains(new FromOldNotice(PlacedFieldKey.ofRegister(PlacedFieldKey.Field.REGISTER_DESCRIPTION, 1),
                    sentence, sentence));
        }
    }

    /**
     * Each value taken from the old notice is marked under its field with the sentence it came from; typing in the
     * field leaves the mark, "I have checked this" takes it away without building the page again.
     */
    private void marksTheValuesFromTheOldNoticeUntilChecked(int toCheck) throws Exception {
        assertThat(labeled("#old-notice-marks-count")).isEqualTo(toCheck + " values from your old notice to check");
        assertThat(text("#controller-name-old-notice-label")).isEqualTo("Copied from your old notice — check it");
        Label said = lookup("#controller-name-old-notice-sentence").queryAs(Label.class);
        assertThat(said.isVisible()).as("the sentence is shown on request").isFalse();
        clickOn("#controller-name-old-notice-show");
        assertThat(said.isVisible()).isTrue();
        assertThat(said.getText()).startsWith("Your old notice said: \u201c").contains("Flowest");
        Button checked = lookup("#controller-name-old-notice-checked").queryAs(Button.class);
        assertThat(checked.getAccessibleText()).isEqualTo("I have checked this: the value from your old notice in \u201cBusiness name\u201d is still true and can stay in the notice");

        TextField businessId = lookup("#controller-business-id").queryAs(TextField.class);
        clickOn(businessId).push(KeyCode.END);
        Keyboard.type(this, businessId, "x");
        push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(businessId.getText()).isEqualTo("3015969-6");
        assertThat(showing(this, "#controller-business-id-old-notice")).as("typing in a field does not check it").isTrue();

        TextField name = lookup("#controller-name").queryAs(TextField.class);
        clickOn(checked);
        await("the mark is gone", () -> !showing(this, "#controller-name-old-notice"));
        assertThat(lookup("#controller-name").queryAs(TextField.class)).as("the page was not built again").isSameAs(name);
        assertThat(text("#step-title")).isEqualTo("Controller");
        assertThat(showing(this, "#controller-business-id-old-notice")).as("the other marks stay").isTrue();
        assertThat(labeled("#old-notice-marks-count")).isEqualTo((toCheck - 1) + " values from your old notice to check");
    }

    /** A sentence not placed goes at the end of the field chosen for it, marked to check like the values placed. */
    private void copiesASentenceIntoAChosenFieldAndMarksIt(String sentence, int toCheck) throws Exception {
        clickOn("#old-notice-unplaced-0-into");
        String item = "#old-notice-unplaced-0-into-register-description-1";
        await("the fields to choose from are shown", () -> onScreen(item) != null);
        clickOn(onScreen(item));
        await("the registers step shows the field", () -> showing(this, "#register-0-description"));
        assertThat(lookup("#register-0-description").queryAs(TextInputControl.class).getText()).isEqualTo(sentence);
        assertThat(showing(this, "#register-0-description-old-notice")).isTrue();
        assertThat(text("#old-notice-leftovers-copied")).isEqualTo("Added to the end of \u201cRegisters: Description\u201d and marked for checking.");
        assertThat(labeled("#old-notice-marks-count")).isEqualTo(toCheck + " values from your old notice to check");

        clickOn("#old-notice-marks-count");
        await("the review lists the fields still to check", () -> showing(this, "#review-old-notice-marks"));
        assertThat(lookup("#review-old-notice-marks").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .filtered(n -> n.getId() != null && n.getId().matches("review-old-notice-mark-\\d+"))).hasSize(toCheck);
        assertThat(text("#review-old-notice-mark-0-text")).as("a tip with the field and the sentence, the checked one gone")
                .startsWith("Business ID (Y-tunnus) — your old notice said: \u201c").contains("3015969-6");
        signingOffSaysWhatIsStillUnchecked(toCheck);
        clickOn("#review-old-notice-mark-0-go");
        await("back at the controller", () -> showing(this, "#controller-name"));
        await("in the field to check", () -> {
            javafx.scene.Node focused = lookup("#controller-business-id").query().getScene().getFocusOwner();
            return focused != null && "controller-business-id".equals(focused.getId());
        });
    }

    /** Signing off asks again, first saying that values copied from the old notice are still unchecked; Cancel signs nothing. */
    private void signingOffSaysWhatIsStillUnchecked(int toCheck) throws Exception {
        javafx.scene.control.ScrollPane page = lookup("#step-page").queryAs(javafx.scene.control.ScrollPane.class);
        double where = page.getVvalue();
        interact(() -> {
            page.layout();
            page.setVvalue(page.getVmax()); // the sign-off is at the end of the review
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField signer = lookup("#review-signer").queryAs(TextField.class);
        if (signer.getText().isBlank()) {
            clickOn(signer).write("Testi Allekirjoittaja");
        }
        clickOn("#review-sign-off");
        await("the sign-off asks again", () -> showing(this, "#signoff-confirm-unchecked"));
        assertThat(text("#signoff-confirm-unchecked")).startsWith(toCheck + " fields still hold values copied from your old notice that you have not checked");
        clickOn("#signoff-confirm-cancel");
        await("the question is gone", () -> !showing(this, "#signoff-confirm-unchecked"));
        assertThat(lookup("#review-versions").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("nothing was signed").singleElement().isInstanceOfSatisfying(Label.class,
                        l -> assertThat(l.getText()).isEqualTo(NO_VERSIONS));
        interact(() -> page.setVvalue(where));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDamagedWordFileIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
        Path docx = Files.write(root.resolve("vanha seloste.docx"), "PK\u0003\u0004 not really a Word file".getBytes(StandardCharsets.ISO_8859_1));
        app = new RunningApp(root);
        app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));
        List<Path> before = clientFiles();

        openTheDialog();
        clickOn("#old-notice-file");
        Keyboard.type(this, lookup("#old-notice-file").query(), docx.toString());
        clickOn("#old-notice-read-file");
        await("the file is refused", () -> text("#old-notice-message").startsWith("Could not read"));
        assertThat(text("#old-notice-message")).isEqualTo("Could not read the old notice: it is damaged or not the kind of "
                + "file its name says. Nothing was written.");
        assertThat(lookup("#old-notice-create").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#old-notice-name").queryAs(TextField.class).getText()).isEmpty();

        clickOn(lookup((javafx.scene.Node n) -> n instanceof Button b && "Cancel".equals(b.getText())).queryButton());
        await("the dialog is gone", () -> !showing(this, "#old-notice-dialog"));
        assertThat(clientFiles()).isEqualTo(before);
        assertThat(docx).hasBinaryContent("PK\u0003\u0004 not really a Word file".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aClientFileOfTheSameNameIsNeverOverwrittenAndTheDialogStaysWithWhatWasRead() throws Exception {
        app = new RunningApp(root);
        app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));
        Path existing = app.documentsDir().resolve("Flowest" + ClientFileName.EXTENSION);
        Files.writeString(existing, "someone else's file");

        openTheDialog();
        paste("#old-notice-text", seed());
        clickOn("#old-notice-read-text");
        await("the notice is read", () -> !lookup("#old-notice-create").queryAs(Button.class).isDisabled());
        clickOn("#old-notice-create");
        await("the owner is told", () -> text("#old-notice-message").contains("already"));
        assertThat(showing(this, "#old-notice-dialog")).as("the dialog stays open").isTrue();
        assertThat(existing).hasContent("someone else's file");

        TextField name = lookup("#old-notice-name").queryAs(TextField.class);
        clickOn(name).push(KeyCode.END);
        Keyboard.type(this, name, " 2");
        clickOn("#old-notice-create");
        await("the new file is open", () -> showing(this, "#controller-name") && !showing(this, "#old-notice-dialog"));
        assertThat(app.documentsDir().resolve("Flowest 2" + ClientFileName.EXTENSION)).isRegularFile();
        assertThat(existing).hasContent("someone else's file");
    }

    private void openTheDialog() throws Exception {
        clickOn("#menu-file").clickOn("#menu-file-from-old-notice");
        await("the dialog is shown", () -> showing(this, "#old-notice-text"));
    }

    /**
     * The submenu's items are made anew as the recent files change; the one on screen is clicked. The mouse goes
     * into the submenu along its first row, as a user's does: a slant would cross File's next item and close it.
     */
    private void openRecent(int index) throws Exception {
        clickOn("#menu-file").clickOn("#menu-file-recent");
        String id = "#menu-file-recent-" + index;
        await("the recent files are shown", () -> onScreen(id) != null);
        moveTo(onScreen("#menu-file-recent-0"));
        clickOn(onScreen(id));
    }

    private javafx.scene.Node onScreen(String query) {
        return lookup(query).queryAll().stream().filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible()).findFirst().orElse(null);
    }

    private void paste(String query, String value) {
        TextInputControl field = lookup(query).query();
        clickOn(field);
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, value)));
        push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).as("pasted into " + query).isEqualTo(value);
    }

    private String clipboard() {
        String[] held = new String[1];
        interact(() -> held[0] = Clipboard.getSystemClipboard().getString());
        return held[0];
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private String labeled(String query) {
        return lookup(query).queryLabeled().getText();
    }

    private String field(String query) {
        return lookup(query).queryAs(TextField.class).getText();
    }

    private List<Path> clientFiles() throws IOException {
        try (Stream<Path> files = Files.list(app.documentsDir())) {
            return files.filter(ClientFileName::isClientFile).sorted().toList();
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = NewClientFileFromOldNoticeFlowTest.class.getResourceAsStream(SEED)) {
            assertThat(in).as(SEED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
