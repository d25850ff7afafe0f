package fi.seloste.ui.export;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File → Export notice…: the owner is told where English lacks her text, then gets the PDF and the web page. */
class ExportFlowTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        app.stop();
    }

    @Test
    void exportingInFinnishAndEnglishWarnsOfMissingEnglishTextAndWritesTheFiles() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));

        clickOn("#menu-file").clickOn("#menu-file-export");
        await("the export dialog is shown", () -> showing(this, "#export-do"));
        assertThat(showing(this, "#export-warning")).as("Finnish only: nothing is missing").isFalse();
        assertThat(lookup("#export-draft-warning").queryAs(Label.class).getText())
                .as("the seed has errors: said plainly before exporting")
                .matches("The notice has \\d+ errors?, so every page of the exported files will be marked as a draft, "
                        + "not for publication\\. Fix the errors in the Review step to export a finished notice\\.");
        clickOn("#export-language-en");
        await("the missing English text is named", () -> showing(this, "#export-warning"));
        assertThat(lookup("#export-warning").queryAs(Label.class).getText())
                .startsWith("English: your own text is missing in:").contains("Purposes and legal basis");
        clickOn("#export-format-record-pdf");
        clickOn("#export-do");

        await("the export is reported", () -> showing(this, "#problem-text")
                && lookup("#problem-text").queryAs(Label.class).getText().startsWith("6 files were saved in"));
        byte[] pdf = Files.readAllBytes(folder.resolve("Flowest-en.pdf"));
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(folder.resolve("Flowest-fi.pdf")).isNotEmptyFile();
        assertThat(folder.resolve("Flowest-en-record.pdf")).as("the record of processing (Art. 30)").isNotEmptyFile();
        assertThat(Files.readString(folder.resolve("Flowest-en.html"))).contains("<html lang=\"en\"", "Flowest");
        assertThat(Files.readString(folder.resolve("Flowest-fi.html"))).contains("<html lang=\"fi\"", "Rekisterinpitäjä");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void thePdfsUndrawableCharactersAreNamedWhileAPdfIsChosen() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Tokio" + ClientFileName.EXTENSION);
        Notice seed = SeedNotices.physiotherapy();
        ClientFileWriter.write(file, seed.withController(seed.controller().withName("Fysio 東京")));
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));

        clickOn("#menu-file").clickOn("#menu-file-export");
        await("the export dialog is shown", () -> showing(this, "#export-do"));
        await("the characters are named", () -> showing(this, "#export-warning"));
        assertThat(lookup("#export-warning").queryAs(Label.class).getText())
                .isEqualTo("The PDF's fonts lack these characters: 東 京. The PDF shows # in their place. "
                        + "The HTML page shows them as you typed them.");
        clickOn("#export-format-pdf");
        await("no PDF, no warning", () -> !showing(this, "#export-warning"));
        clickOn("#export-do");

        await("the export is reported", () -> showing(this, "#problem-text")
                && lookup("#problem-text").queryAs(Label.class).getText().startsWith("1 file was saved in"));
        assertThat(Files.readString(folder.resolve("Fysio 東京-fi.html"))).as("named after the business")
                .contains("Fysio 東京");
        assertThat(folder.resolve("Fysio 東京-fi.pdf")).doesNotExist();
    }
}
