package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticePdf;
import fi.seloste.export.NoticePrinting;
import fi.seloste.export.Printer;
import fi.seloste.export.SignedNoticeArchive;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signed versions in the Review step: labelled buttons that keep their labels in a narrow window, an export through
 * the export dialog with the version chosen, "Open folder" after it, and a print with the sign-off block.
 */
class SignedVersionsFlowTest extends FxRobot {

    private static final Instant FIRST = Instant.parse("2026-11-22T10:15:00Z");

    @TempDir
    Path root;

    private RunningApp app;
    private Stage stage;
    private Path file;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void eachVersionsButtonsShowTheirWholeLabelsAt1280And1100Pixels() throws Exception {
        start(null, 2);
        for (double width : new double[] {1280, 1100}) {
            interact(() -> stage.setWidth(width));
            openVersions();
            for (String id : List.of("#version-1-export", "#version-1-print", "#version-2-export", "#version-2-print",
                    "#version-2-changes")) {
                Button button = lookup(id).queryAs(Button.class);
                Text shown = (Text) button.lookup(".text");
                assertThat(shown.getText()).as("%s at %s px", id, width).isEqualTo(button.getText());
                assertThat(button.getWidth()).as("%s at %s px", id, width).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            }
            assertThat(lookup("#version-1-export").queryAs(Button.class).getText()).isEqualTo("Export…");
            assertThat(lookup("#version-1-print").queryAs(Button.class).getText()).isEqualTo("Print…");
            assertThat(lookup("#version-2-changes").queryAs(Button.class).getText()).isEqualTo("What changed");
            assertThat(showing(this, "#version-1-changes")).as("nothing before version 1").isFalse();
        }
    }

    @Test
    void aSignedVersionIsExportedThroughTheExportDialogAndItsFolderCanBeOpened() throws Exception {
        start(null, 1);
        openVersions();

        clickOn("#version-1-export");
        await("the export dialog asks", () -> showing(this, "#export-do"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> what = lookup("#export-what").queryAs(ComboBox.class);
        assertThat(what.getConverter().toString(what.getValue())).isEqualTo("Version 1, signed off 22.11.2026");
        assertThat(showing(this, "#export-draft-warning")).as("a signed version is not marked as a draft").isFalse();
        assertThat(lookup("#export-language-en").queryAs(CheckBox.class).isDisable())
                .as("version 1 was signed in Finnish only").isTrue();
        clickOn("#export-format-html");
        clickOn("#export-do");

        await("the export is reported", () -> problemText().startsWith("Version 1: 1 file saved in"));
        Path folder = file.getParent();
        try (ClientFile client = ClientFiles.openToRead(file)) {
            ArchivedDocument archived = client.archivedDocument(1, Language.FI, ArchivedDocument.Kind.PDF).orElseThrow();
            assertThat(Files.readAllBytes(folder.resolve("Flowest-v1-fi.pdf"))).as("the bytes signed")
                    .isEqualTo(archived.content());
        }
        assertThat(folder.resolve("Flowest-v1-fi.html")).as("HTML was not ticked").doesNotExist();

        assertThat(showing(this, "#problem-open-folder")).as("Open folder offered").isTrue();
        assertThat(lookup("#problem-open-folder").queryAs(Button.class).getText()).isEqualTo("Open folder");
        clickOn("#problem-open-folder");
        await("without a file manager (headless Java) the owner is told where the files are",
                () -> problemText().equals("Seloste could not open a file manager on this computer. The files are in "
                        + folder + "."));
        assertThat(showing(this, "#problem-open-folder")).isFalse();
    }

    @Test
    void theDraftsExportIsNamedAfterTheBusinessAndOffersItsFolder() throws Exception {
        start(null, 0);
        clickOn("#controller-name").eraseText(7).write("Kahvipaahtimo Makela Oy");
        clickOn("#menu-file").clickOn("#menu-file-export");
        await("the export dialog asks", () -> showing(this, "#export-do"));
        assertThat(showing(this, "#export-what")).as("nothing signed yet: only the draft").isFalse();
        clickOn("#export-do");

        await("the export is reported", () -> problemText().startsWith("2 files were saved in"));
        assertThat(file.getParent().resolve("Kahvipaahtimo Makela Oy-fi.pdf")).isNotEmptyFile();
        assertThat(file.getParent().resolve("Kahvipaahtimo Makela Oy-fi.html")).isNotEmptyFile();
        assertThat(file.getParent().resolve("Flowest-fi.pdf")).doesNotExist();
        assertThat(showing(this, "#problem-open-folder")).isTrue();
    }

    @Test
    void printingASignedVersionPrintsItAsSignedWithItsSignOffBlockAndSignatureLine() throws Exception {
        List<List<Integer>> printed = new CopyOnWriteArrayList<>();
        List<String> jobNames = new CopyOnWriteArrayList<>();
        Printer printer = new Printer() {
            @Override
            public boolean installed() {
                return true;
            }

            @Override
            public Optional<String> print(Pageable pages, String jobName) throws PrinterException {
                printed.add(pixels(pages));
                jobNames.add(jobName);
                return Optional.of("Office");
            }
        };
        start(printer, 1);
        openVersions();

        clickOn("#version-1-print");
        await("the print is reported", () -> problemText().equals("Version 1 (FI) was sent to the printer Office."));
        assertThat(jobNames).containsExactly("Flowest – privacy notice, version 1 (FI)");

        byte[] signedPdf;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            signedPdf = client.archivedDocument(1, Language.FI, ArchivedDocument.Kind.PDF).orElseThrow().content();
        }
        String text;
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Hyväksyntä", "Hyväksyjä: Veera Westerholm, yrittäjä", "Versio 1",
                "Allekirjoitus ja nimenselvennys");
        try (NoticePrinting.Pages pages = NoticePrinting.pages(signedPdf)) {
            assertThat(printed).as("the pages printed are the signed PDF's").containsExactly(pixels(pages.pageable()));
        }
        Notice draft = SeedNotices.physiotherapy();
        try (NoticePrinting.Pages pages = NoticePrinting.pages(NoticePdf.render(draft, Language.FI,
                new NoticeMeta(LocalDate.now(), null)))) {
            assertThat(printed.get(0)).as("not the draft").isNotEqualTo(pixels(pages.pageable()));
        }
    }

    /** Starts on the physiotherapy seed with this many versions signed off (as the app signs: documents kept). */
    private void start(Printer printer, int signed) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ClientFile client = ClientFiles.open(file)) {
            for (int i = 0; i < signed; i++) {
                if (i > 0) {
                    client.saveController(client.load().controller().withName("Flowest Oy"));
                }
                client.signOff("Veera Westerholm", fi.seloste.domain.LocalizedText.finnish("yrittäjä"), FIRST.plusSeconds(86_400L * i), SignedNoticeArchive::documents);
            }
        }
        app = new RunningApp(root.resolve("app"));
        stage = printer == null ? app.startOn(file, Language.EN) : app.startOn(file, Language.EN, printer);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    private void openVersions() throws Exception {
        clickOn("#wizard-step-REVIEW");
        await("version 1 is listed", () -> showing(this, "#version-1"));
        ScrollPane page = lookup("#step-page").queryAs(ScrollPane.class);
        interact(() -> {
            page.layout();
            page.setVvalue(page.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String problemText() {
        return showing(this, "#problem-text") ? lookup("#problem-text").queryAs(Label.class).getText() : "";
    }

    /** Each page drawn as a printer would be asked to draw it, at 72 dpi: a hash of its pixels. */
    private static List<Integer> pixels(Pageable pages) throws PrinterException {
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < pages.getNumberOfPages(); i++) {
            PageFormat format = pages.getPageFormat(i);
            int width = (int) Math.ceil(format.getWidth());
            int height = (int) Math.ceil(format.getHeight());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            if (pages.getPrintable(i).print(g, format, i) != Printable.PAGE_EXISTS) {
                throw new PrinterException("page " + i + " does not exist");
            }
            g.dispose();
            drawn.add(Arrays.hashCode(image.getRGB(0, 0, width, height, null, 0, width)));
        }
        return drawn;
    }
}
