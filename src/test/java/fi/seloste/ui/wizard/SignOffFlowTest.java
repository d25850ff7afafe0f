package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.SignOff;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The owner signs off in the Review step (asked first, since the seed has errors), edits on, signs off again, is asked
 * before signing off the same content a third time, and exports version 1 unchanged through the export dialog.
 */
class SignOffFlowTest extends FxRobot {

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
    void signOffTwiceAndExportTheFirstVersionAsItWasSigned() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));

        clickOn("#wizard-step-REVIEW");
        await("the sign-off section is shown", () -> showing(this, "#review-sign-off"));
        scrollDown();
        assertThat(showing(this, "#review-signoff-errors")).as("the seed still has errors: said before signing").isTrue();
        clickOn("#review-signer-role").write("yrittaja");
        clickOn("#review-sign-off");
        await("the owner is asked first, since the notice has errors", () -> showing(this, "#signoff-confirm-dialog"));
        assertThat(lookup("#signoff-confirm-errors").queryAs(Label.class).getText())
                .matches("The notice has \\d+ errors? \\(listed in the review\\)\\. A version with errors is not complete\\.");
        assertThat(showing(this, "#signoff-confirm-unchanged")).as("nothing is signed yet to compare with").isFalse();
        clickOn("#signoff-confirm-cancel");
        await("the dialog is gone", () -> !showing(this, "#signoff-confirm-dialog"));
        assertThat(showing(this, "#version-1")).as("cancelled: nothing is signed off").isFalse();
        assertThat(lookup("#review-sign-off").query().isDisabled()).as("and the owner can try again").isFalse();

        clickOn("#review-sign-off");
        await("asked again", () -> showing(this, "#signoff-confirm-dialog"));
        clickOn("#signoff-confirm-do");
        await("version 1 is listed", () -> showing(this, "#version-1"));
        assertThat(statusText()).isEqualTo("Version 1 is signed off.");

        clickOn("#wizard-step-CONTROLLER");
        await("the controller step", () -> showing(this, "#controller-name"));
        clickOn("#controller-name").write(" Oy");
        clickOn("#wizard-step-REVIEW");
        await("the sign-off section again", () -> showing(this, "#review-sign-off"));
        scrollDown();
        clickOn("#review-sign-off");
        await("asked about the errors", () -> showing(this, "#signoff-confirm-dialog"));
        assertThat(showing(this, "#signoff-confirm-unchanged")).as("the controller's name changed").isFalse();
        clickOn("#signoff-confirm-do");
        await("version 2 is listed", () -> showing(this, "#version-2"));

        clickOn("#review-sign-off");
        await("asked again", () -> showing(this, "#signoff-confirm-dialog"));
        assertThat(lookup("#signoff-confirm-unchanged").queryAs(Label.class).getText())
                .isEqualTo("Nothing has changed since version 2: the new version would have the same content.");
        clickOn("#signoff-confirm-cancel");
        await("the dialog is gone", () -> !showing(this, "#signoff-confirm-dialog"));

        scrollDown();
        clickOn("#version-2-changes");
        await("the change is told in plain words", () -> lookup("#review-changes .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("•  The controller's details changed.")));

        clickOn("#version-1-export");
        await("the export dialog asks, version 1 chosen", () -> showing(this, "#export-do"));
        clickOn("#export-do");
        await("version 1 is exported", () -> bannerText().startsWith("Version 1: 2 files saved in"));
        String html = Files.readString(folder.resolve("Flowest-v1-fi.html"));
        assertThat(html).contains("Versio 1", "Veera Westerholm, yrittaja").doesNotContain("Flowest Oy");
        assertThat(folder.resolve("Flowest-v1-fi.pdf")).isNotEmptyFile();

        app.stop();
        app = null;
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.signOffs()).as("the unchanged sign-off was cancelled").extracting(SignOff::version)
                    .containsExactly(1, 2);
            assertThat(reopened.signedVersion(1).orElseThrow().notice().controller().name()).isEqualTo("Flowest");
            assertThat(reopened.signedVersion(2).orElseThrow().notice().controller().name()).isEqualTo("Flowest Oy");
        }
    }

    @Test
    void exportingASignedVersionNamesTheCharactersItsPdfCannotDraw() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Wang" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ClientFile client = ClientFiles.open(file)) {
            client.signOff("王 Wang", LocalizedText.finnish("omistaja"), Instant.parse("2026-11-22T10:15:00Z"));
        }
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));

        clickOn("#wizard-step-REVIEW");
        await("version 1 is listed", () -> showing(this, "#version-1"));
        scrollDown();
        clickOn("#version-1-export");
        await("the export dialog asks, version 1 chosen", () -> showing(this, "#export-do"));
        clickOn("#export-do");

        await("version 1 is exported", () -> bannerText().startsWith("Version 1: 2 files saved in"));
        assertThat(bannerText()).endsWith("The PDF's fonts lack these characters: 王. The PDF shows # in their place. "
                + "The HTML page shows them as you typed them.");
        assertThat(Files.readString(folder.resolve("Flowest-v1-fi.html"))).as("named after the business signed for")
                .contains("王 Wang");
    }

    /** Scrolls the step page to its end, as the owner would drag the scroll bar (wheel events do not scroll on Monocle). */
    private void scrollDown() {
        ScrollPane page = lookup("#step-page").queryAs(ScrollPane.class);
        interact(() -> {
            page.layout();
            page.setVvalue(page.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String bannerText() {
        return showing(this, "#problem-text") ? lookup("#problem-text").queryAs(Label.class).getText() : "";
    }

    private String statusText() {
        return lookup("#review-signoff-status").queryAs(Label.class).getText();
    }
}
