package fi.seloste.ui.export;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticePdf;
import fi.seloste.export.NoticePrinting;
import fi.seloste.export.Printer;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File → Print…: the owner picks a language, and the print dialog gets the notice's A4 pages in that language. The
 * operating system's side (its printers and its print dialog) is replaced by a {@link Printer} that records what it
 * was given and then acts as the user would in the dialog; the last test uses the real one.
 */
class PrintFlowTest extends FxRobot {

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
    void printingInSwedishHandsEveryA4PageOfTheSwedishNoticeToThePrintDialog() throws Exception {
        Notice notice = inFinnishAndSwedish(SeedNotices.physiotherapy());
        Path postScript = root.resolve("printed.ps");
        RecordingPrinter printer = new RecordingPrinter(true, (pages, jobName) -> {
            // What the user does in the dialog: choose a printer (here one that writes PostScript to a file), Print.
            try (OutputStream out = Files.newOutputStream(postScript)) {
                NoticePrinting.print(pages, jobName, StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                        DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0].getPrintService(out));
            } catch (java.io.IOException e) {
                throw new PrinterException(e.toString());
            }
            return Optional.of("PostScript file");
        });
        startOn(notice, printer);

        clickOn("#menu-file").clickOn("#menu-file-print");
        await("the print dialog asks for the language", () -> showing(this, "#print-do"));
        assertThat(showing(this, "#print-translation-warning")).as("Finnish is complete").isFalse();
        assertThat(showing(this, "#print-language-en")).as("English is not one of the notice's languages").isFalse();
        clickOn("#print-language-sv");
        await("the missing Swedish text is named", () -> showing(this, "#print-translation-warning"));
        assertThat(lookup("#print-translation-warning").queryAs(Label.class).getText())
                .startsWith("Svenska (Swedish): your own text is missing in:").contains("Purposes and legal basis");
        clickOn("#print-do");

        await("the print is reported", () -> problemText().equals("The notice (SV) was sent to the printer PostScript file."));
        assertThat(printer.calls).hasSize(1);
        Printed printed = printer.calls.get(0);
        assertThat(printed.jobName()).isEqualTo("Flowest – privacy notice (SV)");
        assertThat(printed.onFxThread()).as("the print dialog must not block the FX thread").isFalse();
        assertThat(printed.thread()).isEqualTo("seloste-print");
        for (PageFormat format : printed.formats()) {
            assertThat(format.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1d));
            assertThat(format.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1d));
        }

        // The seed leaves required answers open, so the app prints it marked as a draft, as the check says.
        boolean draft = CompletenessCheck.hasErrors(notice, LocalDate.now());
        assertThat(draft).as("the seed notice has completeness errors").isTrue();
        NoticeMeta today = new NoticeMeta(LocalDate.now(), null).withDraft(draft);
        List<Integer> swedish = pixels(NoticePdf.render(notice, Language.SV, today));
        List<Integer> finnish = pixels(NoticePdf.render(notice, Language.FI, today));
        List<Integer> swedishNotDraft = pixels(NoticePdf.render(notice, Language.SV, today.withDraft(false)));
        assertThat(printed.pages()).as("pages given to the dialog").hasSize(swedish.size()).hasSizeGreaterThan(1);
        assertThat(printed.pages()).as("every page drawn as the Swedish notice's").isEqualTo(swedish);
        assertThat(printed.pages().get(0)).as("and not the Finnish one").isNotEqualTo(finnish.get(0));
        assertThat(printed.pages().get(0)).as("and marked as a draft").isNotEqualTo(swedishNotDraft.get(0));
        String ps = Files.readString(postScript, StandardCharsets.ISO_8859_1);
        assertThat(ps.lines().filter(line -> line.startsWith("%%Page:")).count()).isEqualTo(swedish.size());
        assertThat(fileMenuItem("menu-file-print").isDisable()).as("ready to print again").isFalse();
    }

    @Test
    void afterPrintingTheOwnerIsToldWhichCharactersThePrintoutShowsAsHash() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        Notice tokyo = seed.withController(seed.controller().withName("Fysio 東京"));
        RecordingPrinter printer = new RecordingPrinter(true, (pages, jobName) -> Optional.of("Office"));
        startOn(tokyo, printer);

        clickOn("#menu-file").clickOn("#menu-file-print");

        await("the print is reported", () -> problemText().startsWith("The notice (FI) was sent to the printer Office."));
        assertThat(problemText()).endsWith("The printout shows # in place of these characters, which Seloste's fonts"
                + " lack: 東 京.");
    }

    @Test
    void withoutAPrinterTheOwnerIsToldSoAndPointedToTheExport() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(false, (pages, jobName) -> Optional.of("never"));
        startOn(SeedNotices.physiotherapy(), printer);
        List<String> ids = fileMenuIds();
        assertThat(ids.indexOf("menu-file-print")).as("right after Export").isEqualTo(ids.indexOf("menu-file-export") + 1);

        clickOn("#menu-file").clickOn("#menu-file-print");

        await("no printer is reported", () -> problemText().startsWith("No printer is installed on this computer"));
        assertThat(problemText()).contains("File → Export notice…");
        assertThat(showing(this, "#print-dialog")).as("one language: nothing to ask").isFalse();
        assertThat(printer.calls).as("no print dialog without a printer").isEmpty();

        clickOn("#menu-file").clickOn("#menu-file-close");
        await("the file is closed", () -> fileMenuItem("menu-file-print").isDisable());
    }

    @Test
    void cancellingIsQuietAndAFailedPrintIsToldWhileTheTypedTextStays() throws Exception {
        ConcurrentLinkedQueue<PrintStep> script = new ConcurrentLinkedQueue<>(List.of(
                (pages, jobName) -> {
                    throw new PrinterException("Printer is out of paper.");
                },
                (pages, jobName) -> Optional.empty(),
                (pages, jobName) -> {
                    throw new HeadlessException();
                }));
        RecordingPrinter printer = new RecordingPrinter(true, (pages, jobName) -> script.remove().print(pages, jobName));
        startOn(SeedNotices.physiotherapy(), printer);
        clickOn("#controller-name").write(" Oy");

        clickOn("#menu-file").clickOn("#menu-file-print");
        await("the failure is told", () -> problemText().startsWith("The notice could not be printed (Printer is out of paper)."));
        assertThat(problemText()).contains("Nothing you typed is lost.");
        assertThat(lookup("#controller-name").queryAs(TextField.class).getText()).isEqualTo("Flowest Oy");
        await("the typed name is saved", () -> lookup("#status-saved").queryAs(Label.class).getText().equals("All changes saved"));
        assertThat(printer.calls.get(0).jobName()).as("the client's name as typed").isEqualTo("Flowest Oy – privacy notice (FI)");

        push(KeyCode.SHORTCUT, KeyCode.P);
        await("the dialog was cancelled", () -> printer.calls.size() == 2 && !fileMenuItem("menu-file-print").isDisable());
        assertThat(showing(this, "#problem-banner")).as("cancelling is the user's own choice: nothing to report").isFalse();

        push(KeyCode.SHORTCUT, KeyCode.P);
        await("no print dialog in a headless Java is told", () -> problemText().startsWith("Printing is not available"));
        assertThat(printer.calls).hasSize(3);
        assertThat(lookup("#controller-name").queryAs(TextField.class).getText()).isEqualTo("Flowest Oy");
    }

    @Test
    void theOperatingSystemsPrintingOnThisHeadlessTestMachineGivesAClearMessage() throws Exception {
        Path file = clientFile(SeedNotices.physiotherapy());
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));

        push(KeyCode.SHORTCUT, KeyCode.P);

        await("the print is reported", () -> problemText().startsWith("No printer is installed on this computer")
                || problemText().startsWith("Printing is not available: this Java runs without a display"));
        assertThat(fileMenuItem("menu-file-print").isDisable()).isFalse();
    }

    private void startOn(Notice notice, Printer printer) throws Exception {
        Path file = clientFile(notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN, printer);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    private Path clientFile(Notice notice) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        return file;
    }

    private static Notice inFinnishAndSwedish(Notice notice) {
        NoticeSettings s = notice.settings();
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(),
                new NoticeSettings(EnumSet.of(Language.FI, Language.SV), s.nextReview(), s.introduction(),
                        s.rightsInstructions(), s.drawnUp(), s.lastUpdated()), notice.registers());
    }

    private String problemText() {
        return showing(this, "#problem-text") ? lookup("#problem-text").queryAs(Label.class).getText() : "";
    }

    private Menu fileMenu() {
        return lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
    }

    private List<String> fileMenuIds() {
        return fileMenu().getItems().stream().map(MenuItem::getId).toList();
    }

    private MenuItem fileMenuItem(String id) {
        return fileMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<Integer> pixels(byte[] pdf) throws Exception {
        try (NoticePrinting.Pages pages = NoticePrinting.pages(pdf)) {
            return pixels(pages.pageable());
        }
    }

    /** Each page drawn by its Printable, as a printer would be asked to draw it, at 72 dpi: a hash of its pixels. */
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
            int result = pages.getPrintable(i).print(g, format, i);
            g.dispose();
            if (result != Printable.PAGE_EXISTS) {
                throw new PrinterException("page " + i + " does not exist");
            }
            drawn.add(Arrays.hashCode(image.getRGB(0, 0, width, height, null, 0, width)));
        }
        return drawn;
    }

    /** What the print dialog was given, and on which thread. */
    private record Printed(String jobName, List<PageFormat> formats, List<Integer> pages, String thread, boolean onFxThread) {
    }

    @FunctionalInterface
    private interface PrintStep {
        Optional<String> print(Pageable pages, String jobName) throws PrinterException;
    }

    /** The operating system's printing, replaced: records the pages it gets, then does what the step says. */
    private static final class RecordingPrinter implements Printer {
        private final boolean installed;
        private final PrintStep step;
        final List<Printed> calls = new CopyOnWriteArrayList<>();

        RecordingPrinter(boolean installed, PrintStep step) {
            this.installed = installed;
            this.step = step;
        }

        @Override
        public boolean installed() {
            return installed;
        }

        @Override
        public Optional<String> print(Pageable pages, String jobName) throws PrinterException {
            List<PageFormat> formats = new ArrayList<>();
            for (int i = 0; i < pages.getNumberOfPages(); i++) {
                formats.add(pages.getPageFormat(i));
            }
            calls.add(new Printed(jobName, formats, pixels(pages), Thread.currentThread().getName(),
                    Platform.isFxApplicationThread()));
            return step.print(pages, jobName);
        }
    }
}
